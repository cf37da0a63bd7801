package dev.cascade.ledger.rollup;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.status.StatusCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the dashboard counts a message by: everything the aggregates read of it, as the ledger stores it.
 *
 * @param rcsStatus           the RCS channel's standing status, when RCS reported
 * @param fallbackTimeSeconds the {@code fallback_time} Cascade sent it with, when known
 * @param deliveredAt         the first confirmation on the deciding channel ({@code message.delivered_at})
 */
public record MessageFacts(Instant sentAt, Optional<String> messageType, Origin origin, Optional<String> callingCode,
                           Outcome outcome, Optional<StatusCode> rcsStatus, OptionalInt fallbackTimeSeconds,
                           Optional<Instant> deliveredAt) {

    public MessageFacts {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(callingCode, "callingCode");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rcsStatus, "rcsStatus");
        Objects.requireNonNull(fallbackTimeSeconds, "fallbackTimeSeconds");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
