package dev.cascade.ledger.rollup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The time grain of an aggregate row: a UTC hour, or a UTC day. Hours serve the charts and the ends of a
 * range; days let a long range be summed from a few rows per day.
 */
public enum Period {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Period(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the period an instant falls in. */
    public Instant startOf(Instant instant) {
        return instant.truncatedTo(unit);
    }

    void requireStart(Instant start) {
        Objects.requireNonNull(start, "start");
        if (!startOf(start).equals(start)) {
            throw new IllegalArgumentException("not the start of a UTC " + name().toLowerCase(Locale.ROOT) + ": " + start);
        }
    }
}
