package dev.cascade.ledger.application;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ReferenceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A message Cascade sent and Telesign accepted, recorded so its callbacks join it (they may even
 * arrive first: recording then completes the row they created).
 *
 * @param requestedChannels the channels in the order asked for (decides whether a fallback is to come)
 * @param fallbackTimeSeconds the first channel's {@code fallback_time}, when given
 * @param sentBy who sent it, for test sends
 */
public record SendRecord(ReferenceId referenceId, Origin origin, String phoneNumber, String messageType,
                         Optional<String> externalId, List<Channel> requestedChannels, OptionalInt fallbackTimeSeconds,
                         Instant sentAt, Optional<String> sentBy) {

    public SendRecord {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(origin, "origin");
        if (origin == Origin.CALLBACK) {
            throw new IllegalArgumentException("a send is made by Cascade: origin CASCADE or TEST");
        }
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(externalId, "externalId");
        requestedChannels = List.copyOf(requestedChannels);
        Objects.requireNonNull(fallbackTimeSeconds, "fallbackTimeSeconds");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(sentBy, "sentBy");
    }
}
