package dev.cascade.it.reporting;

import dev.cascade.ledger.infrastructure.RawTruth;
import dev.cascade.ledger.infrastructure.RollupTables;
import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The aggregates as stored next to their recount from the messages ({@link RawTruth}), for the whole UTC
 * days [{@code from}, {@code to}), read in one snapshot of the database — so they must be equal even while
 * other transactions are writing: the ledger changes both in the same transaction.
 */
record RollupAudit(SortedMap<OutcomeCell, Long> storedOutcomes, SortedMap<OutcomeCell, Long> recountedOutcomes,
                   SortedMap<DeliveryTimeCell, Long> storedTimes, SortedMap<DeliveryTimeCell, Long> recountedTimes) {

    static RollupAudit take(Instant from, Instant to) throws SQLException, NamingException {
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/CascadeDS");
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            int isolation = connection.getTransactionIsolation();
            // PostgreSQL's REPEATABLE READ is a snapshot of the whole transaction; H2's SERIALIZABLE is (its
            // REPEATABLE READ lets new rows in).
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(h2 ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new RollupAudit(RollupTables.outcomeCells(connection, from, to), RawTruth.outcomeCells(connection, from, to),
                        RollupTables.deliveryTimeCells(connection, from, to), RawTruth.deliveryTimeCells(connection, from, to));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        }
    }

    /** Every cell where the aggregates and the recount disagree, as "cell: stored N, recounted M"; empty when exact. */
    List<String> differences() {
        List<String> differences = new ArrayList<>();
        compare(storedOutcomes, recountedOutcomes, differences);
        compare(storedTimes, recountedTimes, differences);
        return differences;
    }

    private static <C> void compare(Map<C, Long> stored, Map<C, Long> recounted, List<String> differences) {
        Set<C> cells = new LinkedHashSet<>(stored.keySet());
        cells.addAll(recounted.keySet());
        for (C cell : cells) {
            long kept = stored.getOrDefault(cell, 0L);
            long counted = recounted.getOrDefault(cell, 0L);
            if (kept != counted) {
                differences.add(cell + ": stored " + kept + ", recounted " + counted);
            }
        }
    }

    /** The messages recounted: those of the rows that total every type and calling code. */
    long messages() {
        return recountedOutcomes.entrySet().stream()
                .filter(e -> e.getKey().messageType().equals(OutcomeCell.ANY) && e.getKey().callingCode().equals(OutcomeCell.ANY))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
