package dev.cascade.telesign.status;

import dev.cascade.telesign.message.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel's state in a delivery report: {@code {"rcs": {"code": 3056, ...}}}.
 *
 * @param referenceId the id of this channel's own send; absent while the channel is still at 3001
 * @param description Telesign's text for the code, empty when it sent none
 */
public record ChannelStatus(Channel channel, StatusCode code, String description,
                            Optional<ReferenceId> referenceId, Optional<TelesignTimestamp> updatedOn) {

    public ChannelStatus {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }
}
