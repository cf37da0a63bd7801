package dev.cascade.dashboard.messages;

import dev.cascade.dashboard.overview.ReportForm;
import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.MessagePage;
import dev.cascade.ledger.reporting.MessageSearch;
import dev.cascade.ledger.reporting.ReportingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /messages}: search by reference id, external id or the phone number's last digits; filter
 * by outcome and range; newest first, page by page (keyset: stable while messages keep arriving).
 */
@ApplicationScoped
public class MessagesPage implements Page {

    static final int PAGE_SIZE = 50;

    @Inject
    ReportingQueries reporting;

    @Inject
    Clock clock;

    @Override
    public void handle(Exchange exchange) throws IOException {
        ReportForm form = ReportForm.of(exchange, clock);
        List<String> errors = new ArrayList<>(form.errors());
        Optional<Outcome> outcome = Optional.empty();
        String outcomeParam = exchange.param("outcome").orElse("");
        if (!outcomeParam.isEmpty()) {
            try {
                outcome = Optional.of(Outcome.valueOf(outcomeParam));
            } catch (IllegalArgumentException e) {
                errors.add("Unknown outcome '" + outcomeParam + "'; showing all.");
                outcomeParam = "";
            }
        }
        Optional<String> text = exchange.param("q").map(q -> q.length() > 100 ? q.substring(0, 100) : q);
        MessagePage page = reporting.searchMessages(new MessageSearch(text, outcome, form.filter().from(), form.filter().to(),
                exchange.param("after").flatMap(MessageSearch.Cursor::parse), PAGE_SIZE));
        String chosenOutcome = outcomeParam;
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("q", text.orElse(""));
        model.put("outcome", chosenOutcome);
        model.put("outcomes", Arrays.asList(Outcome.values()));
        model.put("page", page);
        model.put("nextQuery", page.next().map(c -> "q=" + encode(text.orElse("")) + "&outcome=" + chosenOutcome + "&"
                + form.query() + "&after=" + c.token()).orElse(""));
        exchange.render("messages", model);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
