package dev.cascade.telesign.client;

import dev.cascade.telesign.status.StatusCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When a failed call is tried again, and after how long. The rules, in order:
 * <ol>
 *   <li>never beyond {@code maxAttempts};</li>
 *   <li>a connection that failed before the request was written (refused, connect timeout): retry;</li>
 *   <li>429 for the rate limit (3204, 3207, or no code): retry after {@code Retry-After}, or with
 *       backoff; but give up if Telesign asks for more than {@code maxRetryAfter};</li>
 *   <li>503: retry after {@code Retry-After}, or with backoff — Telesign accepted nothing;</li>
 *   <li>a timeout or broken connection after the request was written: retry only idempotent calls
 *       (status lookups) — a send is retried only if {@code retrySendsAfterTimeout} is set, because
 *       Telesign documents no idempotency key and a second send is a second message on someone's
 *       phone;</li>
 *   <li>anything else (4xx, other 5xx, unreadable answers): never.</li>
 * </ol>
 * Backoff doubles from {@code initialBackoff} up to {@code maxBackoff}, with "equal jitter" (half
 * fixed, half random) so many clients do not retry in lockstep.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          boolean retrySendsAfterTimeout) {

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(3204, 3207);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** Three attempts, 250 ms doubling to 5 s, honouring Retry-After up to 30 s, sends never re-sent on timeout. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30), false);
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, false);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, retrySendsAfterTimeout);
    }

    /**
     * @param attemptsMade how many attempts have failed so far (1 after the first)
     * @param idempotent   whether repeating the call cannot change anything (GET)
     * @return the wait before the next attempt, or empty to give up
     */
    public Optional<Duration> nextDelay(int attemptsMade, TelesignException failure, boolean idempotent,
                                        DoubleSupplier random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        if (failure instanceof TelesignConnectionException connection) {
            boolean safe = !connection.requestSent() || idempotent || retrySendsAfterTimeout;
            return safe ? Optional.of(backoff(attemptsMade, random)) : Optional.empty();
        }
        if (failure instanceof RateLimitException rateLimited) {
            boolean isRateLimit = rateLimited.telesignCode().map(StatusCode::value)
                    .map(RATE_LIMIT_CODES::contains).orElse(true);
            return isRateLimit ? afterRetryAfter(rateLimited.retryAfter(), attemptsMade, random) : Optional.empty();
        }
        if (failure instanceof ServiceUnavailableException unavailable) {
            return afterRetryAfter(unavailable.retryAfter(), attemptsMade, random);
        }
        return Optional.empty();
    }

    private Optional<Duration> afterRetryAfter(Optional<Duration> retryAfter, int attemptsMade, DoubleSupplier random) {
        if (retryAfter.isEmpty()) {
            return Optional.of(backoff(attemptsMade, random));
        }
        return retryAfter.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : retryAfter;
    }

    Duration backoff(int attemptsMade, DoubleSupplier random) {
        long cap = maxBackoff.toMillis();
        long exponential = initialBackoff.toMillis() << Math.min(attemptsMade - 1, 20);
        long ceiling = Math.min(cap, exponential);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
