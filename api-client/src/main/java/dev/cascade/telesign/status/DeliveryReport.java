package dev.cascade.telesign.status;

import dev.cascade.telesign.message.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Telesign says about one message, as a delivery callback or a status lookup: the overall status
 * and the status of every channel tried so far, in the order they were tried.
 *
 * @param externalId the caller's own id for the message, when one was given
 * @param status     the message-level status; Telesign always sends it, but a report with channel
 *                   statuses only is still worth keeping
 */
public record DeliveryReport(ReferenceId referenceId, Optional<String> externalId, Optional<OverallStatus> status,
                             List<ChannelStatus> channels) {

    public DeliveryReport {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(status, "status");
        channels = List.copyOf(channels);
    }

    public Optional<ChannelStatus> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }
}
