package dev.cascade.ledger.reporting;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A page of messages and where the next page starts, if there is one. */
public record MessagePage(List<Row> messages, Optional<MessageSearch.Cursor> next) {

    /** One line of the message list. The phone number is whole: masking is the web layer's job, per role. */
    public record Row(String referenceId, Optional<String> externalId, Optional<String> phoneNumber,
                      Optional<String> messageType, Origin origin, Outcome outcome, Optional<String> outcomeChannel,
                      Instant sentAt, Optional<Instant> deliveredAt) {
    }

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
