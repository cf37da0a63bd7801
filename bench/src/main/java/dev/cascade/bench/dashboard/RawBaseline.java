package dev.cascade.bench.dashboard;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import dev.cascade.ledger.reporting.DeliveryTimes;
import dev.cascade.ledger.rollup.DeliveryTimeBounds;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The baseline: the dashboard's numbers computed the plain way, with one {@code GROUP BY} over the raw
 * messages of the range (joined to their RCS channel row), and the message search and detail as plain reads
 * of the raw tables. Only what SQL cannot know is done in Java, with the ledger's own definitions: which RCS
 * codes are failures, and the percentiles of the delivery-time histogram (as the dashboard reads them).
 */
public final class RawBaseline {

    /** What an overview shows: the range [from, to) (whole hours) and its filters. */
    public record Query(Instant from, Instant to, Optional<String> messageType, Optional<String> callingCode) {
    }

    private static final String SECONDS = "EXTRACT(EPOCH FROM m.delivered_at) - EXTRACT(EPOCH FROM m.sent_at)";

    private RawBaseline() {
    }

    public static OverviewNumbers overview(Connection connection, Query query) throws SQLException {
        Map<Outcome, Long> totals = zeros();
        SortedMap<LocalDate, Map<Outcome, Long>> perDay = new TreeMap<>();
        for (LocalDate day = LocalDate.ofInstant(query.from(), ZoneOffset.UTC); day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(query.to());
             day = day.plusDays(1)) {
            perDay.put(day, zeros());
        }
        SortedMap<Integer, Long> failures = new TreeMap<>();
        Map<DeliveryPath, Map<Long, Long>> histograms = new EnumMap<>(DeliveryPath.class);
        try (PreparedStatement statement = prepareOverview(connection, "", query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                LocalDate day = rows.getObject(1, java.time.LocalDateTime.class).toLocalDate();
                Outcome outcome = Outcome.valueOf(rows.getString(2));
                int code = rows.getInt(3);
                boolean rcsFailed = !rows.wasNull() && StatusCode.of(code).kind() == StatusKind.FAILED;
                long upTo = rows.getLong(4);
                boolean timed = !rows.wasNull();
                long messages = rows.getLong(5);
                totals.merge(outcome, messages, Long::sum);
                perDay.computeIfAbsent(day, d -> zeros()).merge(outcome, messages, Long::sum);
                if (rcsFailed) {
                    failures.merge(code, messages, Long::sum);
                }
                if (timed) {
                    DeliveryPath path = outcome == Outcome.DELIVERED_RCS ? DeliveryPath.RCS : DeliveryPath.SMS_FALLBACK;
                    histograms.computeIfAbsent(path, x -> new HashMap<>()).merge(upTo, messages, Long::sum);
                }
            }
        }
        Map<DeliveryPath, OverviewNumbers.Times> times = new EnumMap<>(DeliveryPath.class);
        for (DeliveryPath path : DeliveryPath.values()) {
            Map<Long, Long> histogram = histograms.getOrDefault(path, Map.of());
            DeliveryTimes computed = DeliveryTimes.of(path, DeliveryTimeBounds.allUpToMillis().stream()
                    .map(b -> new DeliveryTimes.Bucket(DeliveryTimeBounds.upTo(b), histogram.getOrDefault(b, 0L))).toList());
            times.put(path, new OverviewNumbers.Times(computed.messages(), tenths(computed.median()), tenths(computed.p90())));
        }
        return new OverviewNumbers(totals, perDay, failures, times);
    }

    /**
     * The overview's one GROUP BY, prepared with its parameters ({@code prefix} "EXPLAIN ..." to see its plan): per UTC
     * day, outcome, raw RCS code and delivery-time bucket (null when not measured), the messages.
     */
    static PreparedStatement prepareOverview(Connection connection, String prefix, Query query) throws SQLException {
        String bucket = "CASE WHEN m.outcome IN ('DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK') AND m.delivered_at IS NOT NULL THEN CASE "
                + DeliveryTimeBounds.SECONDS.stream().map(b -> "WHEN " + SECONDS + " <= " + b + " THEN " + b * 1000L)
                .collect(Collectors.joining(" ")) + " ELSE " + DeliveryTimeBounds.OPEN + " END END";
        String sql = "SELECT date_trunc('day', m.sent_at AT TIME ZONE 'UTC') AS day, m.outcome, c.code, " + bucket + " AS up_to_ms,"
                + " COUNT(*) FROM message m LEFT JOIN channel_status c ON c.message_id = m.id AND c.channel = 'rcs'"
                + " WHERE m.sent_at >= ? AND m.sent_at < ?"
                + query.messageType().map(t -> " AND m.message_type = ?").orElse("")
                + query.callingCode().map(t -> " AND m.calling_code = ?").orElse("")
                + " GROUP BY 1, 2, 3, 4";
        PreparedStatement statement = connection.prepareStatement(prefix + sql);
        try {
            int p = 1;
            statement.setObject(p++, OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
            statement.setObject(p++, OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
            if (query.messageType().isPresent()) {
                statement.setString(p++, query.messageType().get());
            }
            if (query.callingCode().isPresent()) {
                statement.setString(p, query.callingCode().get());
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** As the dashboard rounds a duration for display: to a tenth of a second; -1 for none. */
    static long tenths(Optional<Duration> duration) {
        return duration.map(d -> Math.round(d.toMillis() / 100.0)).orElse(-1L);
    }

    /**
     * The first page of "phone number ends with {@code digits}" over [from, to), newest first, by scanning the
     * raw messages (LIKE '%digits'): reference ids.
     */
    public static List<String> searchByLastDigits(Connection connection, String digits, Instant from, Instant to, int pageSize)
            throws SQLException {
        if (!digits.matches("\\d{2,15}")) {
            throw new IllegalArgumentException("last digits are 2-15 digits, not '" + digits + "'");
        }
        List<String> references = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT reference_id FROM message WHERE phone_number LIKE ?"
                + " AND sent_at >= ? AND sent_at < ? ORDER BY sent_at DESC, id DESC LIMIT ?")) {
            statement.setString(1, "%" + digits);
            statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            statement.setInt(4, pageSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        }
        return references;
    }

    /** The rows a message's detail page shows: the message, its channels, its status history, its receipts; their number. */
    public static int detailRows(Connection connection, String referenceId) throws SQLException {
        int rows = 0;
        long id;
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM message WHERE reference_id = ?")) {
            statement.setString(1, referenceId);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no message " + referenceId);
                }
                id = r.getLong("id");
                rows++;
            }
        }
        // The receipts are found by reference id, as the ledger finds them (rejected ones may have no message).
        for (String where : List.of("channel_status WHERE message_id = ?", "status_history WHERE message_id = ?",
                "callback_receipt WHERE reference_id = ?")) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + where)) {
                if (where.endsWith("reference_id = ?")) {
                    statement.setString(1, referenceId);
                } else {
                    statement.setLong(1, id);
                }
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static Map<Outcome, Long> zeros() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        return counts;
    }
}
