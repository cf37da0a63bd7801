package dev.cascade.bench.dashboard;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * The numbers of an overview (tiles, outcomes per day, RCS failure reasons, time to delivery), in one form
 * whether read from the dashboard's CSV exports or recounted from the raw tables, so the two can be compared.
 * Times are in tenths of a second, as the dashboard shows them.
 *
 * @param totals   messages per outcome over the range (every outcome present)
 * @param perDay   messages per outcome per UTC day of the chart (every day and outcome present)
 * @param failures messages per RCS failure code (codes with messages only)
 * @param times    per delivery path: messages, median and 90th percentile
 */
public record OverviewNumbers(Map<Outcome, Long> totals, SortedMap<LocalDate, Map<Outcome, Long>> perDay,
                              SortedMap<Integer, Long> failures, Map<DeliveryPath, Times> times) {

    /** One path's delivery times; {@code medianTenths}/{@code p90Tenths} are -1 when there is nothing to measure. */
    public record Times(long messages, long medianTenths, long p90Tenths) {
    }

    public long sent() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first difference from {@code other}, in words; empty when they are equal. */
    public String differenceFrom(OverviewNumbers other) {
        if (!totals.equals(other.totals)) {
            return "totals " + totals + " vs " + other.totals;
        }
        if (!perDay.equals(other.perDay)) {
            for (LocalDate day : perDay.keySet()) {
                if (!perDay.get(day).equals(other.perDay.get(day))) {
                    return "day " + day + ": " + perDay.get(day) + " vs " + other.perDay.get(day);
                }
            }
            return "days " + perDay.keySet() + " vs " + other.perDay.keySet();
        }
        if (!failures.equals(other.failures)) {
            return "RCS failures " + failures + " vs " + other.failures;
        }
        if (!times.equals(other.times)) {
            return "delivery times " + times + " vs " + other.times;
        }
        return "";
    }
}
