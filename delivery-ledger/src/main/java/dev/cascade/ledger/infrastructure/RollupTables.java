package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import dev.cascade.ledger.rollup.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The aggregates as stored, row by row, to compare with {@link RawTruth}. Rows whose count went back to
 * 0 are left out: the ledger keeps them (deleting would race with writers adding to them), but they count
 * nothing.
 */
public final class RollupTables {

    private RollupTables() {
    }

    /** The stored {@code outcome_rollup} rows of the hours in [{@code from}, {@code to}). */
    public static SortedMap<OutcomeCell, Long> outcomeCells(Connection connection, Instant from, Instant to) throws SQLException {
        String sql = "SELECT hour_start, message_type, origin, calling_code, outcome, rcs_failure_code, fallback_time_seconds,"
                + " messages FROM outcome_rollup WHERE hour_start >= ? AND hour_start < ? AND messages <> 0";
        SortedMap<OutcomeCell, Long> cells = new TreeMap<>();
        try (PreparedStatement statement = RawTruth.prepare(connection, sql, Optional.of(new RawTruth.Range(from, to)));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cells.put(new OutcomeCell(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                        Origin.valueOf(rows.getString(3)), rows.getString(4), Outcome.valueOf(rows.getString(5)), rows.getInt(6),
                        rows.getInt(7)), rows.getLong(8));
            }
        }
        return cells;
    }

    /** The stored {@code delivery_time_rollup} rows of the hours and days that start in [{@code from}, {@code to}). */
    public static SortedMap<DeliveryTimeCell, Long> deliveryTimeCells(Connection connection, Instant from, Instant to)
            throws SQLException {
        String sql = "SELECT period_start, message_type, origin, calling_code, path, up_to_ms, messages, period"
                + " FROM delivery_time_rollup WHERE period_start >= ? AND period_start < ? AND messages <> 0";
        SortedMap<DeliveryTimeCell, Long> cells = new TreeMap<>();
        try (PreparedStatement statement = RawTruth.prepare(connection, sql, Optional.of(new RawTruth.Range(from, to)));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cells.put(new DeliveryTimeCell(Period.valueOf(rows.getString(8)), rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getString(2),
                        Origin.valueOf(rows.getString(3)), rows.getString(4), DeliveryPath.valueOf(rows.getString(5)),
                        rows.getLong(6)), rows.getLong(7));
            }
        }
        return cells;
    }
}
