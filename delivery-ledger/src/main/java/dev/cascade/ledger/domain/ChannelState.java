package dev.cascade.ledger.domain;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.StatusCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One channel's status as the ledger judges it.
 *
 * @param effectiveTime Telesign's {@code updated_on}, or the time Cascade received it when Telesign's
 *                      was missing or unreadable ({@code timeEstimated})
 */
public record ChannelState(Channel channel, StatusCode code, Instant effectiveTime, boolean timeEstimated) {

    public ChannelState {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveTime, "effectiveTime");
    }
}
