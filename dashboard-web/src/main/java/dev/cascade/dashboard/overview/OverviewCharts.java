package dev.cascade.dashboard.overview;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryTimes;
import dev.cascade.ledger.reporting.FailureReason;
import dev.cascade.ledger.reporting.Granularity;
import dev.cascade.ledger.reporting.OutcomeCounts;
import dev.cascade.ledger.reporting.Overview;
import dev.cascade.ledger.reporting.SeriesPoint;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The overview's five charts, each as the table it is drawn from. */
public final class OverviewCharts {

    /** The order the outcomes are stacked and listed in, RCS first. */
    static final List<Outcome> OUTCOMES = List.of(Outcome.DELIVERED_RCS, Outcome.DELIVERED_SMS_FALLBACK,
            Outcome.DELIVERED_OTHER, Outcome.LIKELY_DELIVERED, Outcome.FAILED, Outcome.PENDING);

    private OverviewCharts() {
    }

    public static List<ChartTable> of(Overview overview) {
        return List.of(outcomesOverTime(overview), rates(overview), split(overview.totals()),
                failures(overview.rcsFailures()), deliveryTimes(overview.rcs(), overview.smsFallback()));
    }

    public static ChartTable outcomesOverTime(Overview overview) {
        List<String> columns = new ArrayList<>(List.of(bucketColumn(overview.granularity())));
        OUTCOMES.forEach(o -> columns.add(o.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesPoint point : overview.series()) {
            List<Object> row = new ArrayList<>(List.of(label(point, overview.granularity(), overview.zone())));
            OUTCOMES.forEach(o -> row.add(point.counts().count(o)));
            rows.add(row);
        }
        return new ChartTable("outcomes-over-time", "Messages by outcome over time", "stacked-bar", "messages", columns, rows);
    }

    public static ChartTable rates(Overview overview) {
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesPoint point : overview.series()) {
            OutcomeCounts counts = point.counts();
            // No messages, no rate: an empty cell (a gap in the line), not a misleading 0 %.
            Object rcs = counts.sent() == 0 ? "" : percent(counts.rate(counts.count(Outcome.DELIVERED_RCS)));
            Object fallback = counts.sent() == 0 ? "" : percent(counts.rate(counts.count(Outcome.DELIVERED_SMS_FALLBACK)));
            rows.add(List.of(label(point, overview.granularity(), overview.zone()), rcs, fallback));
        }
        return new ChartTable("delivery-rates", "RCS delivery rate and SMS fallback rate", "line", "% of sent",
                List.of(bucketColumn(overview.granularity()), "RCS delivery rate (%)", "SMS fallback rate (%)"), rows);
    }

    public static ChartTable split(OutcomeCounts totals) {
        List<List<Object>> rows = new ArrayList<>();
        OUTCOMES.forEach(o -> rows.add(List.of(o.label(), totals.count(o), percent(totals.rate(totals.count(o))))));
        return new ChartTable("outcome-split", "Outcome split", "doughnut", "messages",
                List.of("Outcome", "Messages", "Share (%)"), rows);
    }

    public static ChartTable failures(List<FailureReason> reasons) {
        List<List<Object>> rows = new ArrayList<>();
        reasons.forEach(r -> rows.add(List.of(r.code() + " " + r.meaning(), r.messages())));
        return new ChartTable("rcs-failures", "Why RCS failed, by status code", "bar", "messages",
                List.of("RCS status", "Messages"), rows);
    }

    public static ChartTable deliveryTimes(DeliveryTimes rcs, DeliveryTimes smsFallback) {
        return new ChartTable("time-to-delivery", "Time to delivery", "bar", "seconds",
                List.of("Path", "Median (s)", "90th percentile (s)", "Messages"),
                List.of(timeRow("RCS", rcs), timeRow("SMS fallback", smsFallback)));
    }

    private static List<Object> timeRow(String label, DeliveryTimes times) {
        return List.of(label, seconds(times.median()), seconds(times.p90()), times.messages());
    }

    private static Object seconds(Optional<Duration> duration) {
        return duration.map(d -> Math.round(d.toMillis() / 100.0) / 10.0).map(Object.class::cast).orElse("");
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static String bucketColumn(Granularity granularity) {
        return granularity == Granularity.HOUR ? "Hour" : "Day";
    }

    private static String label(SeriesPoint point, Granularity granularity, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(granularity == Granularity.HOUR ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd",
                Locale.ROOT);
        return format.format(point.start().atZone(zone));
    }
}
