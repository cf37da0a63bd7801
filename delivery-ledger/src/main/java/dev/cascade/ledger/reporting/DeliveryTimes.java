package dev.cascade.ledger.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long delivery took on a path: a histogram over fixed bounds, and the median and 90th
 * percentile read from it (interpolated within the bucket that holds them, so exact to the bucket's
 * width; see {@code docs/metrics.md}).
 */
public record DeliveryTimes(DeliveryPath path, long messages, List<Bucket> histogram, Optional<Duration> median,
                            Optional<Duration> p90) {

    /** Messages delivered in ({@code previous bound}, {@code upTo}]; {@code upTo} empty for the open last bucket. */
    public record Bucket(Optional<Duration> upTo, long messages) {

        public Bucket {
            Objects.requireNonNull(upTo, "upTo");
        }
    }

    public DeliveryTimes {
        Objects.requireNonNull(path, "path");
        histogram = List.copyOf(histogram);
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }

    /** The times of a histogram (buckets ascending, the open one last): its total, median and 90th percentile. */
    public static DeliveryTimes of(DeliveryPath path, List<Bucket> histogram) {
        long messages = histogram.stream().mapToLong(Bucket::messages).sum();
        return new DeliveryTimes(path, messages, histogram, Percentiles.of(histogram, messages, 0.5),
                Percentiles.of(histogram, messages, 0.9));
    }

    /** The time within which {@code fraction} of the messages were delivered (0 < fraction < 1). */
    public Optional<Duration> percentile(double fraction) {
        return Percentiles.of(histogram, messages, fraction);
    }
}
