package dev.cascade.simulator.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The account's requests-per-second limit, as a token bucket that holds one second's worth of
 * requests: a burst up to the limit passes, then requests pass at the limit's pace. Telesign answers
 * the excess with 429, code 3204 "Rate limit exceeded"; the wait returned here becomes
 * {@code Retry-After}.
 */
public final class RateLimiter {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    /** @param perSecond requests per second; 0 turns the limit off */
    public RateLimiter(double perSecond, LongSupplier nanoTime) {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("the rate limit is a number of requests per second >= 0, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.tokens = capacity();
        this.refilledAt = nanoTime.getAsLong();
    }

    public static RateLimiter perSecond(double perSecond) {
        return new RateLimiter(perSecond, System::nanoTime);
    }

    /** Takes a request's place: empty if it may pass, else how long until it would. */
    public synchronized Optional<Duration> acquire() {
        if (perSecond == 0) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity(), tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND)));
    }

    private double capacity() {
        return Math.max(1, perSecond);
    }
}
