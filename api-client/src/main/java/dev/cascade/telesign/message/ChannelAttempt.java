package dev.cascade.telesign.message;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entry of {@code channels}: a channel to try and how long to wait on it before cascading to the
 * next ({@code fallback_time}, seconds; Telesign's default is 300 when absent).
 */
public record ChannelAttempt(Channel channel, OptionalInt fallbackTimeSeconds) {

    public ChannelAttempt {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fallbackTimeSeconds, "fallbackTimeSeconds");
    }

    public static ChannelAttempt of(Channel channel) {
        return new ChannelAttempt(channel, OptionalInt.empty());
    }

    public static ChannelAttempt withFallback(Channel channel, int fallbackTimeSeconds) {
        return new ChannelAttempt(channel, OptionalInt.of(fallbackTimeSeconds));
    }
}
