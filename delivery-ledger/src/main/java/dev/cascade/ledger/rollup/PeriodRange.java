package dev.cascade.ledger.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of time read at one grain: the periods of {@code period} that start in [{@code from},
 * {@code to}).
 */
public record PeriodRange(Period period, Instant from, Instant to) {

    public PeriodRange {
        Objects.requireNonNull(period, "period");
        period.requireStart(from);
        period.requireStart(to);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an empty range: " + from + " to " + to);
        }
    }

    /**
     * The fewest rows that cover the whole hours [{@code firstHour}, {@code endHour}) exactly: its whole UTC
     * days as days, the hours before the first and after the last of them as hours.
     */
    public static List<PeriodRange> covering(Instant firstHour, Instant endHour) {
        Period.HOUR.requireStart(firstHour);
        Period.HOUR.requireStart(endHour);
        Instant firstDay = Period.DAY.startOf(firstHour).equals(firstHour) ? firstHour
                : Period.DAY.startOf(firstHour).plus(Duration.ofDays(1));
        Instant endDay = Period.DAY.startOf(endHour);
        List<PeriodRange> ranges = new ArrayList<>(3);
        if (!firstDay.isBefore(endDay)) {
            if (firstHour.isBefore(endHour)) {
                ranges.add(new PeriodRange(Period.HOUR, firstHour, endHour));
            }
            return ranges;
        }
        if (firstHour.isBefore(firstDay)) {
            ranges.add(new PeriodRange(Period.HOUR, firstHour, firstDay));
        }
        ranges.add(new PeriodRange(Period.DAY, firstDay, endDay));
        if (endDay.isBefore(endHour)) {
            ranges.add(new PeriodRange(Period.HOUR, endDay, endHour));
        }
        return ranges;
    }
}
