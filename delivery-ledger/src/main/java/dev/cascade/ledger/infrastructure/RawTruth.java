package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.rollup.Contribution;
import dev.cascade.ledger.rollup.DeliveryTimeBounds;
import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import dev.cascade.ledger.rollup.Period;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The aggregates recounted from the messages themselves, with plain {@code GROUP BY}s over {@code message}
 * (and its RCS channel row): what {@code outcome_rollup} and {@code delivery_time_rollup} must equal at every
 * commit. Used to fill the aggregates when they are created ({@link RollupBackfill}), by the tests that
 * hold the incremental aggregates to it, and as the baseline the aggregates' speed is measured against —
 * it reads every message of the range, so its cost grows with their number.
 *
 * <p>Only what SQL does not know is done here in Java, from the same definitions the ledger uses: which RCS
 * codes are failures ({@link StatusCode#kind()}), which outcome is which delivery path, and the total rows
 * each exact cell also counts in ({@link OutcomeCell#rolledUp()}, {@link DeliveryTimeCell#rolledUp()}).
 *
 * <p>A range counts the messages sent in [{@code from}, {@code to}); the daily delivery-time rows it gives
 * are those of whole days only when the range is made of whole UTC days.
 */
public final class RawTruth {

    private static final String HOUR = "date_trunc('hour', m.sent_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";
    /** Unknown type and calling code are ''; a type literally named '*' counts as unknown (see {@code Contribution}). */
    private static final String DIMENSIONS = HOUR + " AS hour_start, CASE WHEN m.message_type IS NULL OR m.message_type = '"
            + OutcomeCell.ANY + "' THEN '' ELSE m.message_type END AS message_type, m.origin,"
            + " COALESCE(m.calling_code, '') AS calling_code, m.outcome";
    private static final String GROUPED = "t.hour_start, t.message_type, t.origin, t.calling_code, t.outcome";

    /** Rows fetched at a time (PostgreSQL otherwise reads a whole result into memory). */
    private static final int FETCH_SIZE = 5_000;

    private RawTruth() {
    }

    /** What {@code outcome_rollup} must hold for the messages sent in [{@code from}, {@code to}) (whole hours). */
    public static SortedMap<OutcomeCell, Long> outcomeCells(Connection connection, Instant from, Instant to) throws SQLException {
        SortedMap<OutcomeCell, Long> rows = new TreeMap<>();
        exactOutcomeCells(connection, Optional.of(new Range(from, to)),
                (cell, messages) -> cell.rolledUp().forEach(row -> rows.merge(row, messages, Long::sum)));
        return rows;
    }

    /** What {@code delivery_time_rollup} must hold for the messages sent in [{@code from}, {@code to}) (whole UTC days). */
    public static SortedMap<DeliveryTimeCell, Long> deliveryTimeCells(Connection connection, Instant from, Instant to)
            throws SQLException {
        SortedMap<DeliveryTimeCell, Long> rows = new TreeMap<>();
        exactDeliveryTimeCells(connection, Optional.of(new Range(from, to)),
                (cell, messages) -> cell.rolledUp().forEach(row -> rows.merge(row, messages, Long::sum)));
        return rows;
    }

    /** Something that takes the recount's exact cells, one at a time. */
    @FunctionalInterface
    interface CellSink<C> {
        void accept(C cell, long messages) throws SQLException;
    }

    /**
     * The messages per exact outcome cell (type and calling code as they are, never '*'), ascending by hour,
     * a cell possibly several times (once per raw RCS code that is not a failure): the plain GROUP BY.
     */
    static void exactOutcomeCells(Connection connection, Optional<Range> range, CellSink<OutcomeCell> sink) throws SQLException {
        String sql = "SELECT " + GROUPED + ", t.rcs_code, t.fallback_time_seconds, COUNT(*) FROM (SELECT " + DIMENSIONS
                + ", c.code AS rcs_code, COALESCE(m.fallback_time_seconds, 0) AS fallback_time_seconds"
                + " FROM message m LEFT JOIN channel_status c ON c.message_id = m.id AND c.channel = 'rcs'"
                + range.map(r -> " WHERE m.sent_at >= ? AND m.sent_at < ?").orElse("") + ") t"
                + " GROUP BY " + GROUPED + ", t.rcs_code, t.fallback_time_seconds ORDER BY t.hour_start";
        try (PreparedStatement statement = prepare(connection, sql, range); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int rcsCode = rows.getInt(6);
                boolean rcsFailed = !rows.wasNull() && StatusCode.of(rcsCode).kind() == StatusKind.FAILED;
                sink.accept(new OutcomeCell(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                        Origin.valueOf(rows.getString(3)), rows.getString(4), Outcome.valueOf(rows.getString(5)),
                        rcsFailed ? rcsCode : 0, rows.getInt(7)), rows.getLong(8));
            }
        }
    }

    /** The delivered messages per exact (hourly) delivery-time cell, ascending by hour: the plain GROUP BY. */
    static void exactDeliveryTimeCells(Connection connection, Optional<Range> range, CellSink<DeliveryTimeCell> sink)
            throws SQLException {
        String seconds = "EXTRACT(EPOCH FROM m.delivered_at) - EXTRACT(EPOCH FROM m.sent_at)";
        String bucket = "CASE " + DeliveryTimeBounds.SECONDS.stream()
                .map(bound -> "WHEN " + seconds + " <= " + bound + " THEN " + bound * 1000L)
                .collect(Collectors.joining(" ")) + " ELSE " + DeliveryTimeBounds.OPEN + " END";
        String measured = Arrays.stream(Outcome.values()).filter(o -> Contribution.path(o).isPresent())
                .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
        String sql = "SELECT " + GROUPED + ", t.up_to_ms, COUNT(*) FROM (SELECT " + DIMENSIONS + ", " + bucket + " AS up_to_ms"
                + " FROM message m WHERE m.outcome IN (" + measured + ") AND m.delivered_at IS NOT NULL"
                + range.map(r -> " AND m.sent_at >= ? AND m.sent_at < ?").orElse("") + ") t"
                + " GROUP BY " + GROUPED + ", t.up_to_ms ORDER BY t.hour_start";
        try (PreparedStatement statement = prepare(connection, sql, range); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sink.accept(new DeliveryTimeCell(Period.HOUR, rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getString(2), Origin.valueOf(rows.getString(3)), rows.getString(4),
                        Contribution.path(Outcome.valueOf(rows.getString(5))).orElseThrow(), rows.getLong(6)), rows.getLong(7));
            }
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Optional<Range> range) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setFetchSize(FETCH_SIZE);
            if (range.isPresent()) {
                statement.setObject(1, OffsetDateTime.ofInstant(range.get().from(), ZoneOffset.UTC));
                statement.setObject(2, OffsetDateTime.ofInstant(range.get().to(), ZoneOffset.UTC));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Messages sent in [{@code from}, {@code to}). */
    record Range(Instant from, Instant to) {
    }
}
