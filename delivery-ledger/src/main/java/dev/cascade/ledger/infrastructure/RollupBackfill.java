package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import dev.cascade.ledger.rollup.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2.1: fills the aggregates created by {@code V2__reporting.sql} from the messages already in
 * the ledger, with the recount the tests hold the aggregates to ({@link RawTruth}) — in Java, not SQL,
 * because which RCS codes are failures is decided by {@code StatusCode} and nowhere else. The recount comes
 * in hour order, and each hour's (and day's) rows are written as soon as the hour (day) is complete, so
 * memory holds one day at most. From then on the ledger keeps the aggregates up to date itself.
 *
 * <p>Every node must run the new version from here on: a node still on the previous version would change
 * messages without changing the aggregates. Upgrade with all nodes stopped (or stop the old ones first).
 */
final class RollupBackfill implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.1");
    }

    @Override
    public String getDescription() {
        return "reporting rollups from existing messages";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Writer<OutcomeCell> hours = new Writer<>(connection, RollupTable.OUTCOME, RollupTable::key)) {
            RawTruth.exactOutcomeCells(connection, Optional.empty(), (cell, messages) -> {
                hours.flushBefore(cell.hour());
                cell.rolledUp().forEach(row -> hours.add(row, messages));
            });
        }
        try (Writer<DeliveryTimeCell> hours = new Writer<>(connection, RollupTable.DELIVERY_TIME, RollupTable::key);
             Writer<DeliveryTimeCell> days = new Writer<>(connection, RollupTable.DELIVERY_TIME, RollupTable::key)) {
            RawTruth.exactDeliveryTimeCells(connection, Optional.empty(), (cell, messages) -> {
                hours.flushBefore(cell.start());
                days.flushBefore(Period.DAY.startOf(cell.start()));
                for (DeliveryTimeCell row : cell.rolledUp()) {
                    (row.period() == Period.HOUR ? hours : days).add(row, messages);
                }
            });
        }
    }

    /** Adds up the rows of one period and inserts them once the recount has moved past it. */
    private static final class Writer<C extends Comparable<C>> implements AutoCloseable {
        private final PreparedStatement insert;
        private final Function<C, List<Object>> key;
        private final SortedMap<C, Long> pending = new TreeMap<>();
        private Instant period;
        private int batched;

        Writer(Connection connection, RollupTable table, Function<C, List<Object>> key) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO " + table.table() + " (" + String.join(", ", table.columns())
                    + ", messages) VALUES (" + "?, ".repeat(table.columns().size()) + "?)");
            this.key = key;
        }

        /** The recount is at {@code start}: the rows of an earlier period are complete. */
        void flushBefore(Instant start) throws SQLException {
            if (period != null && !period.equals(start)) {
                flush();
            }
            period = start;
        }

        void add(C row, long messages) {
            pending.merge(row, messages, Long::sum);
        }

        private void flush() throws SQLException {
            for (Map.Entry<C, Long> row : pending.entrySet()) {
                int parameter = 1;
                for (Object value : key.apply(row.getKey())) {
                    insert.setObject(parameter++, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
                }
                insert.setLong(parameter, row.getValue());
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                if (batched > 0) {
                    insert.executeBatch();
                }
            } finally {
                insert.close();
            }
        }
    }
}
