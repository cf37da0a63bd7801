package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import dev.cascade.ledger.reporting.DeliveryTimes;
import dev.cascade.ledger.reporting.FailureReason;
import dev.cascade.ledger.reporting.FallbackAdvice;
import dev.cascade.ledger.reporting.MessagePage;
import dev.cascade.ledger.reporting.MessageSearch;
import dev.cascade.ledger.reporting.OutcomeCounts;
import dev.cascade.ledger.reporting.Overview;
import dev.cascade.ledger.reporting.ReceiptPage;
import dev.cascade.ledger.reporting.ReportFilter;
import dev.cascade.ledger.reporting.ReportingQueries;
import dev.cascade.ledger.reporting.SeriesAxis;
import dev.cascade.ledger.reporting.SeriesPoint;
import dev.cascade.ledger.rollup.DeliveryTimeBounds;
import dev.cascade.ledger.rollup.OutcomeCell;
import dev.cascade.ledger.rollup.Period;
import dev.cascade.ledger.rollup.PeriodRange;
import dev.cascade.telesign.status.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dashboard's questions, answered from the aggregates ({@code outcome_rollup},
 * {@code delivery_time_rollup}) and from indexed reads of the messages and receipts; nothing here reads
 * every message of a range. Read-only: no statement writes, no entity is loaded (every query selects
 * values), so nothing is ever flushed.
 */
@ApplicationScoped
@Transactional
public class JpaReportingQueries implements ReportingQueries {

    private static final Duration RECEIPT_WINDOW = Duration.ofHours(24);
    private static final int RECEIPT_PAGE_MAX = 500;
    private static final Duration CALLING_CODE_WINDOW = Duration.ofDays(1);

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Overview overview(ReportFilter filter, ZoneId zone) {
        SeriesAxis axis = SeriesAxis.of(filter, zone);
        Map<Instant, Map<Outcome, Long>> buckets = new LinkedHashMap<>();
        axis.starts().forEach(start -> buckets.put(start, new EnumMap<>(Outcome.class)));
        Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
        Map<Integer, Long> failures = new TreeMap<>();
        Slice slice = Slice.of(filter);
        for (Object[] row : rows("SELECT hour_start, outcome, rcs_failure_code, SUM(messages) FROM outcome_rollup WHERE"
                + slice.sql() + " AND hour_start >= ? AND hour_start < ? GROUP BY hour_start, outcome, rcs_failure_code",
                slice.parameters(filter.firstHour(), filter.endHour()))) {
            Outcome outcome = Outcome.valueOf((String) row[1]);
            int code = ((Number) row[2]).intValue();
            long messages = ((Number) row[3]).longValue();
            buckets.get(axis.bucketOf(instant(row[0]))).merge(outcome, messages, Long::sum);
            totals.merge(outcome, messages, Long::sum);
            if (code != 0) {
                failures.merge(code, messages, Long::sum);
            }
        }
        List<SeriesPoint> series = new ArrayList<>(buckets.size());
        buckets.forEach((start, counts) -> series.add(new SeriesPoint(start, new OutcomeCounts(counts))));
        List<FailureReason> reasons = failures.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> new FailureReason(e.getKey(), StatusCode.of(e.getKey()).meaning().orElse(""), e.getValue()))
                .sorted(Comparator.comparingLong(FailureReason::messages).reversed().thenComparingInt(FailureReason::code))
                .toList();
        Map<DeliveryPath, DeliveryTimes> times = deliveryTimes(filter, slice);
        return new Overview(filter, zone, axis.granularity(), new OutcomeCounts(totals), series, reasons,
                times.get(DeliveryPath.RCS), times.get(DeliveryPath.SMS_FALLBACK));
    }

    @Override
    public FallbackAdvice fallbackAdvice(ReportFilter filter) {
        Slice slice = Slice.of(filter);
        Map<Integer, Long> byFallback = new TreeMap<>();
        long smsFallback = 0;
        for (Object[] row : rows("SELECT fallback_time_seconds, outcome, SUM(messages) FROM outcome_rollup WHERE" + slice.sql()
                + " AND hour_start >= ? AND hour_start < ? GROUP BY fallback_time_seconds, outcome",
                slice.parameters(filter.firstHour(), filter.endHour()))) {
            int fallback = ((Number) row[0]).intValue();
            long messages = ((Number) row[2]).longValue();
            if (fallback > 0) {
                byFallback.merge(fallback, messages, Long::sum);
            }
            if (Outcome.valueOf((String) row[1]) == Outcome.DELIVERED_SMS_FALLBACK) {
                smsFallback += messages;
            }
        }
        // The most common setting; of equally common ones the shortest (the map is sorted by seconds).
        Optional<Duration> current = Optional.empty();
        long mostMessages = 0;
        for (Map.Entry<Integer, Long> setting : byFallback.entrySet()) {
            if (setting.getValue() > mostMessages) {
                mostMessages = setting.getValue();
                current = Optional.of(Duration.ofSeconds(setting.getKey()));
            }
        }
        return FallbackAdvice.of(deliveryTimes(filter, slice).get(DeliveryPath.RCS), current, smsFallback);
    }

    /**
     * Both paths' histograms over the filter's range, every bucket present: read from the daily rows of its
     * whole UTC days and the hourly rows of the hours around them.
     */
    private Map<DeliveryPath, DeliveryTimes> deliveryTimes(ReportFilter filter, Slice slice) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (PeriodRange range : PeriodRange.covering(filter.firstHour(), filter.endHour())) {
            parts.add("SELECT path, up_to_ms, messages FROM delivery_time_rollup WHERE" + slice.sql()
                    + " AND period = ? AND period_start >= ? AND period_start < ?");
            parameters.addAll(slice.parameters(range.period().name(), range.from(), range.to()));
        }
        Map<DeliveryPath, Map<Long, Long>> counts = new EnumMap<>(DeliveryPath.class);
        for (Object[] row : rows("SELECT path, up_to_ms, SUM(messages) FROM (" + String.join(" UNION ALL ", parts)
                + ") t GROUP BY path, up_to_ms", parameters)) {
            counts.computeIfAbsent(DeliveryPath.valueOf((String) row[0]), path -> new HashMap<>())
                    .merge(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), Long::sum);
        }
        Map<DeliveryPath, DeliveryTimes> times = new EnumMap<>(DeliveryPath.class);
        for (DeliveryPath path : DeliveryPath.values()) {
            Map<Long, Long> byBound = counts.getOrDefault(path, Map.of());
            times.put(path, DeliveryTimes.of(path, DeliveryTimeBounds.allUpToMillis().stream()
                    .map(bound -> new DeliveryTimes.Bucket(DeliveryTimeBounds.upTo(bound), byBound.getOrDefault(bound, 0L)))
                    .toList()));
        }
        return times;
    }

    @Override
    public MessagePage searchMessages(MessageSearch search) {
        return new MessageListing(em).page(search);
    }

    @Override
    public ReceiptPage receipts(Optional<ReceiptVerdict> verdict, Optional<Long> before, int pageSize) {
        if (pageSize < 1 || pageSize > RECEIPT_PAGE_MAX) {
            throw new IllegalArgumentException("page size must be 1-" + RECEIPT_PAGE_MAX);
        }
        List<String> conditions = new ArrayList<>();
        verdict.ifPresent(v -> conditions.add("r.verdict = :verdict"));
        before.ifPresent(id -> conditions.add("r.id < :before"));
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.receivedAt, r.referenceId, r.verdict, r.reason, r.warnings,"
                        + " r.bodySize, r.source from CallbackReceiptEntity r"
                        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by r.id desc",
                Object[].class).setMaxResults(pageSize + 1);
        verdict.ifPresent(v -> query.setParameter("verdict", v.name()));
        before.ifPresent(id -> query.setParameter("before", id));
        List<Object[]> found = query.getResultList();
        List<ReceiptPage.Row> rows = found.stream().limit(pageSize)
                .map(r -> new ReceiptPage.Row((Long) r[0], (Instant) r[1], Optional.ofNullable((String) r[2]),
                        ReceiptVerdict.valueOf((String) r[3]), Optional.ofNullable((String) r[4]), Optional.ofNullable((String) r[5]),
                        (Integer) r[6], ReportSource.valueOf((String) r[7])))
                .toList();
        Optional<Long> nextBefore = found.size() > pageSize ? Optional.of(rows.get(rows.size() - 1).id()) : Optional.empty();
        return new ReceiptPage(rows, nextBefore, lastDay());
    }

    /** Receipts per verdict over the last 24 hours, every verdict present (served by the index on received_at). */
    private Map<ReceiptVerdict, Long> lastDay() {
        Map<ReceiptVerdict, Long> counts = new EnumMap<>(ReceiptVerdict.class);
        for (ReceiptVerdict verdict : ReceiptVerdict.values()) {
            counts.put(verdict, 0L);
        }
        em.createQuery("select r.verdict, count(r) from CallbackReceiptEntity r where r.receivedAt >= :since group by r.verdict",
                        Object[].class)
                .setParameter("since", clock.instant().minus(RECEIPT_WINDOW))
                .getResultList()
                .forEach(row -> counts.put(ReceiptVerdict.valueOf((String) row[0]), (Long) row[1]));
        return counts;
    }

    /**
     * Every calling code ever counted, those with the most messages over the last 24 hours first. The codes are
     * found by skipping from one to the next along the primary key (a few index lookups, however many rows);
     * each is then counted over its own last 24 hours of "any type" rows.
     */
    @Override
    public List<String> callingCodes() {
        String any = "'" + OutcomeCell.ANY + "'";
        List<String> codes = new ArrayList<>();
        for (Object[] row : rows("WITH RECURSIVE codes (calling_code) AS ("
                + " SELECT MIN(calling_code) FROM outcome_rollup WHERE message_type = " + any
                + " UNION ALL SELECT (SELECT MIN(r.calling_code) FROM outcome_rollup r WHERE r.message_type = " + any
                + " AND r.calling_code > c.calling_code) FROM codes c WHERE c.calling_code IS NOT NULL)"
                + " SELECT c.calling_code, (SELECT COALESCE(SUM(r.messages), 0) FROM outcome_rollup r WHERE r.message_type = " + any
                + " AND r.calling_code = c.calling_code AND r.hour_start >= ?) AS recent"
                + " FROM codes c WHERE c.calling_code IS NOT NULL AND c.calling_code <> '' AND c.calling_code <> " + any
                + " ORDER BY recent DESC, c.calling_code", List.of(Period.HOUR.startOf(clock.instant()).minus(CALLING_CODE_WINDOW)))) {
            codes.add((String) row[0]);
        }
        return codes;
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** A timestamp column as the driver and Hibernate hand it over. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC); // hibernate.jdbc.time_zone is UTC
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }

    /**
     * The rows of the aggregates a filter reads: its message type and calling code, or the '*' rows that total
     * them, then its origins. The primary keys start with type and code, so this is one range of the index.
     */
    private record Slice(String sql, List<Object> keys) {

        static Slice of(ReportFilter filter) {
            StringBuilder sql = new StringBuilder(" message_type = ? AND calling_code = ?");
            List<Object> keys = new ArrayList<>(List.of(filter.messageType().orElse(OutcomeCell.ANY),
                    filter.callingCode().orElse(OutcomeCell.ANY)));
            if (!filter.origins().isEmpty()) {
                List<Origin> origins = filter.origins().stream().sorted().toList();
                sql.append(" AND origin IN (").append(String.join(", ", Collections.nCopies(origins.size(), "?"))).append(")");
                origins.forEach(origin -> keys.add(origin.name()));
            }
            return new Slice(sql.toString(), List.copyOf(keys));
        }

        /** The slice's parameters, then the query's own. */
        List<Object> parameters(Object... more) {
            List<Object> all = new ArrayList<>(keys);
            all.addAll(List.of(more));
            return all;
        }
    }
}
