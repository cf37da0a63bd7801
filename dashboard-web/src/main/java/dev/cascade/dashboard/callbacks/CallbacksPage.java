package dev.cascade.dashboard.callbacks;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.reporting.ReceiptPage;
import dev.cascade.ledger.reporting.ReportingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /callbacks} (admin): the last day's verdict counts and the newest receipts, refusals with
 * their reason (bad signature, unreadable body), so a failing Telesign integration shows at once.
 */
@ApplicationScoped
public class CallbacksPage implements Page {

    static final int PAGE_SIZE = 100;

    @Inject
    ReportingQueries reporting;

    @Override
    public void handle(Exchange exchange) throws IOException {
        Optional<ReceiptVerdict> verdict = exchange.param("verdict").flatMap(v -> Arrays.stream(ReceiptVerdict.values())
                .filter(x -> x.name().equals(v)).findFirst());
        Optional<Long> before = exchange.param("before").filter(b -> b.matches("\\d{1,18}")).map(Long::parseLong);
        ReceiptPage page = reporting.receipts(verdict, before, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("verdict", verdict.map(Enum::name).orElse(""));
        model.put("verdicts", Arrays.asList(ReceiptVerdict.values()));
        exchange.render("callbacks", model);
    }
}
