package dev.cascade.simulator.delivery;

import dev.cascade.telesign.message.Channel;
import java.time.Duration;
import java.util.Objects;

/**
 * One entry of the request's {@code channels}, as the simulator will try it.
 *
 * @param fallbackTime how long the channel may stay silent before the next one is tried
 *                     ({@code fallback_time}; Telesign's default is {@link #DEFAULT_FALLBACK_TIME})
 * @param hasContent   whether {@code message} has something to show on it (its own entry or
 *                     {@code default}); a channel without is reported as 3112 and skipped
 */
public record PlannedChannel(Channel channel, Duration fallbackTime, boolean hasContent) {

    public static final Duration DEFAULT_FALLBACK_TIME = Duration.ofSeconds(300);

    public PlannedChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fallbackTime, "fallbackTime");
    }
}
