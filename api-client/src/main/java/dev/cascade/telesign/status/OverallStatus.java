package dev.cascade.telesign.status;

import dev.cascade.telesign.message.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * The message-level {@code status} of a delivery report: Telesign's latest word on the message as a
 * whole and the channel it came from ({@code last_channel}).
 */
public record OverallStatus(StatusCode code, String description, Optional<Channel> lastChannel,
                            Optional<TelesignTimestamp> updatedOn) {

    public OverallStatus {
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        Objects.requireNonNull(lastChannel, "lastChannel");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }
}
