package dev.cascade.ledger.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The time axis of the outcomes-over-time chart: hours or days of the viewer's time zone, every one of
 * the range present (a continuous axis, empty buckets too).
 *
 * <p>The aggregates count by UTC hour; each UTC hour goes to the viewer's bucket its start falls in. In a
 * zone whose offset is a whole number of hours (most of them, DST included) that is exact. In a zone
 * offset by a fraction of an hour (India +05:30, Nepal +05:45, Newfoundland -03:30...) a bucket holds the
 * UTC hours that start in it, so it is shifted by that fraction: the "15:00" bucket of Kolkata holds
 * 15:30-16:30 local time, and its "day" runs from 00:30 to 00:30. The chart's totals are unaffected.
 */
public final class SeriesAxis {

    private final ZoneId zone;
    private final Granularity granularity;
    private final List<Instant> starts;

    private SeriesAxis(ZoneId zone, Granularity granularity, List<Instant> starts) {
        this.zone = zone;
        this.granularity = granularity;
        this.starts = List.copyOf(starts);
    }

    /** The axis of a filter's range: hourly up to 48 hours, daily beyond. */
    public static SeriesAxis of(ReportFilter filter, ZoneId zone) {
        return of(filter.firstHour(), filter.endHour(), zone,
                Granularity.forRange(Duration.between(filter.from(), filter.to())));
    }

    /** The axis over the UTC hours [{@code firstHour}, {@code endHour}). */
    public static SeriesAxis of(Instant firstHour, Instant endHour, ZoneId zone, Granularity granularity) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(granularity, "granularity");
        SeriesAxis axis = new SeriesAxis(zone, granularity, List.of());
        List<Instant> starts = new ArrayList<>();
        for (Instant hour = firstHour; hour.isBefore(endHour); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Instant start = axis.bucketOf(hour);
            if (starts.isEmpty() || !starts.get(starts.size() - 1).equals(start)) {
                starts.add(start);
            }
        }
        return new SeriesAxis(zone, granularity, starts);
    }

    /** The start of the bucket a UTC hour (starting at {@code hour}) is counted in. */
    public Instant bucketOf(Instant hour) {
        ZonedDateTime local = ZonedDateTime.ofInstant(hour, zone);
        return switch (granularity) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
        };
    }

    /** Every bucket's start, ascending. */
    public List<Instant> starts() {
        return starts;
    }

    public Granularity granularity() {
        return granularity;
    }

    public ZoneId zone() {
        return zone;
    }
}
