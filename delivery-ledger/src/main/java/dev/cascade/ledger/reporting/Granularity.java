package dev.cascade.ledger.reporting;

import java.time.Duration;

/** The width of a chart's buckets: hours for ranges up to two days, days beyond. */
public enum Granularity {
    HOUR,
    DAY;

    public static Granularity forRange(Duration range) {
        return range.compareTo(Duration.ofHours(48)) <= 0 ? HOUR : DAY;
    }
}
