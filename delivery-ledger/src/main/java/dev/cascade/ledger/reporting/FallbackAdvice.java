package dev.cascade.ledger.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the RCS delivery times say about {@code fallback_time}: the setting that would have let 90,
 * 95 and 99 % of the RCS deliveries happen before falling back, and what the setting in use costs
 * the people who get only the SMS — they wait the whole fallback time first.
 *
 * @param currentFallback   the fallback time most messages in the range were sent with
 * @param smsFallbackMessages messages delivered by SMS fallback in the range (each waited the fallback time)
 * @param suggestions       one per share (90, 95, 99 %); none when no RCS delivery is known in the range
 */
public record FallbackAdvice(DeliveryTimes rcs, Optional<Duration> currentFallback, long smsFallbackMessages,
                             List<Suggestion> suggestions) {

    /** The shares of RCS deliveries a suggested fallback time should catch, in percent. */
    public static final List<Integer> SHARES = List.of(90, 95, 99);
    /** The {@code fallback_time} Telesign accepts, in seconds. */
    public static final int MIN_FALLBACK_SECONDS = 30;
    public static final int MAX_FALLBACK_SECONDS = 3600;

    /**
     * @param fallbackTime   the smallest {@code fallback_time} (30-3600 s) that catches {@code share} of RCS deliveries
     * @param rcsMissed      RCS deliveries in the range slower than that: they would have become SMS
     * @param waitSavedPerSms how much sooner each SMS-fallback recipient would get the SMS than with the current setting
     */
    public record Suggestion(int percent, Duration fallbackTime, long rcsMissed, Optional<Duration> waitSavedPerSms) {
    }

    public FallbackAdvice {
        Objects.requireNonNull(rcs, "rcs");
        Objects.requireNonNull(currentFallback, "currentFallback");
        suggestions = List.copyOf(suggestions);
    }

    /**
     * The advice the RCS histogram gives. Candidate fallback times are the histogram's bounds from 30 s to an
     * hour, so "catches 95 %" is exact, not interpolated: the RCS deliveries up to that bound are counted.
     */
    public static FallbackAdvice of(DeliveryTimes rcs, Optional<Duration> currentFallback, long smsFallbackMessages) {
        return new FallbackAdvice(rcs, currentFallback, smsFallbackMessages, FallbackAdvisor.suggest(rcs, currentFallback));
    }
}
