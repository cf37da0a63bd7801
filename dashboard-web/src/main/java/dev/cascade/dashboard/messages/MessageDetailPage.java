package dev.cascade.dashboard.messages;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.NotFoundException;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.MessageView;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /messages/{referenceId}}: the outcome and why, each channel's timeline with Telesign's
 * descriptions and times, and — for admins — the raw callbacks. Refreshes itself while pending.
 */
@ApplicationScoped
public class MessageDetailPage implements Page {

    @Inject
    LedgerQueries queries;

    @Override
    public void handle(Exchange exchange) throws IOException {
        MessageView message = find(queries, exchange.pathVariable("referenceId"));
        Map<String, Object> model = new HashMap<>();
        model.put("message", message);
        model.put("timelines", Timeline.of(message));
        model.put("pending", message.outcome() == Outcome.PENDING);
        if (message.outcome() == Outcome.PENDING) {
            model.put("refresh", "3");
        }
        model.put("outcomeLabel", message.outcome().label());
        model.put("outcomeDefinition", message.outcome().definition());
        model.put("meanings", new CodeMeanings());
        exchange.render("message", model);
    }

    static MessageView find(LedgerQueries queries, String referenceId) {
        try {
            return queries.message(ReferenceId.of(referenceId))
                    .orElseThrow(() -> new NotFoundException("No message " + referenceId + " in the ledger."));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("'" + referenceId + "' is not a reference id.");
        }
    }

    /** Telesign's published meaning of a status code, for the timeline's tooltips. */
    public static final class CodeMeanings {
        public String of(int code) {
            return StatusCode.of(code).meaning().orElse("");
        }
    }
}
