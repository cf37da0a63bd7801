package dev.cascade.ledger.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads fallback-time suggestions off an RCS delivery-time histogram. For each share: walk the buckets up
 * to the first bound of at least 30 s where the deliveries so far reach the share; that bound is the
 * smallest {@code fallback_time} that would have caught them (never more than an hour, Telesign's
 * maximum). The deliveries beyond it are the RCS messages it would have turned into SMS.
 */
final class FallbackAdvisor {

    private FallbackAdvisor() {
    }

    static List<FallbackAdvice.Suggestion> suggest(DeliveryTimes rcs, Optional<Duration> current) {
        if (rcs.messages() == 0) {
            return List.of();
        }
        List<FallbackAdvice.Suggestion> suggestions = new ArrayList<>();
        for (int percent : FallbackAdvice.SHARES) {
            Duration fallback = smallestCatching(rcs, percent);
            long missed = deliveredAfter(rcs, fallback);
            Optional<Duration> saved = current.map(c -> c.minus(fallback)).filter(d -> !d.isNegative() && !d.isZero());
            suggestions.add(new FallbackAdvice.Suggestion(percent, fallback, missed, saved));
        }
        return suggestions;
    }

    private static Duration smallestCatching(DeliveryTimes rcs, int percent) {
        Duration min = Duration.ofSeconds(FallbackAdvice.MIN_FALLBACK_SECONDS);
        Duration max = Duration.ofSeconds(FallbackAdvice.MAX_FALLBACK_SECONDS);
        long caught = 0;
        for (DeliveryTimes.Bucket bucket : rcs.histogram()) {
            if (bucket.upTo().isEmpty() || bucket.upTo().get().compareTo(max) > 0) {
                break;
            }
            caught += bucket.messages();
            // caught / total >= percent / 100, in integers
            if (caught * 100 >= (long) percent * rcs.messages()) {
                Duration bound = bucket.upTo().get();
                return bound.compareTo(min) < 0 ? min : bound;
            }
        }
        return max;
    }

    /** Deliveries in buckets that start at or after {@code fallback}: slower than it. */
    private static long deliveredAfter(DeliveryTimes rcs, Duration fallback) {
        long after = 0;
        Duration lower = Duration.ZERO;
        for (DeliveryTimes.Bucket bucket : rcs.histogram()) {
            if (lower.compareTo(fallback) >= 0) {
                after += bucket.messages();
            }
            lower = bucket.upTo().orElse(lower);
        }
        return after;
    }
}
