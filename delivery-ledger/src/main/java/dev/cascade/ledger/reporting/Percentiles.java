package dev.cascade.ledger.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Percentiles from a histogram: find the bucket holding the wanted rank and interpolate linearly
 * between its bounds. The open last bucket has no upper bound: a percentile there is reported as its
 * lower bound ("more than ...").
 */
final class Percentiles {

    private Percentiles() {
    }

    static Optional<Duration> of(List<DeliveryTimes.Bucket> histogram, long total, double fraction) {
        if (total <= 0 || fraction <= 0 || fraction >= 1) {
            return Optional.empty();
        }
        double rank = fraction * total;
        long below = 0;
        Duration lower = Duration.ZERO;
        for (DeliveryTimes.Bucket bucket : histogram) {
            if (bucket.messages() > 0 && below + bucket.messages() >= rank) {
                if (bucket.upTo().isEmpty()) {
                    return Optional.of(lower);
                }
                double within = (rank - below) / bucket.messages();
                long span = bucket.upTo().get().minus(lower).toMillis();
                return Optional.of(lower.plusMillis(Math.round(within * span)));
            }
            below += bucket.messages();
            lower = bucket.upTo().orElse(lower);
        }
        return Optional.of(lower);
    }
}
