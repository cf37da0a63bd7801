package dev.cascade.ledger.domain;

import dev.cascade.telesign.message.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * A message's outcome, the channel that decided it (the one that delivered, or the last that failed),
 * and why, in words an analyst reads on the message page.
 */
public record OutcomeVerdict(Outcome outcome, Optional<Channel> channel, String reason) {

    public OutcomeVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
    }
}
