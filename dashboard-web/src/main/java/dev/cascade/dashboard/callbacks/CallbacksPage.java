package dev.cascade.dashboard.callbacks;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.reporting.ReceiptPage;
import dev.cascade.ledger.reporting.ReportingQueries;
import dev.cascade.ledger.retention.RetentionJob;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.sending.reconciliation.ReconciliationJob;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /callbacks} (admin): the last day's verdict counts and the newest receipts, refusals with
 * their reason (bad signature, unreadable body), so a failing Telesign integration shows at once; what
 * retention deletes and what its last run did, and (POST) a button to run it now; the same for reconciliation
 * (its button posts to {@link ReconcileNowPage}).
 */
@ApplicationScoped
public class CallbacksPage implements Page {

    static final int PAGE_SIZE = 100;

    private static final System.Logger LOG = System.getLogger(CallbacksPage.class.getName());

    @Inject
    ReportingQueries reporting;

    @Inject
    RetentionJob retention;

    @Inject
    ReconciliationJob reconciliation;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (exchange.isPost()) {
            runRetention(exchange);
            return;
        }
        Optional<ReceiptVerdict> verdict = exchange.param("verdict").flatMap(v -> Arrays.stream(ReceiptVerdict.values())
                .filter(x -> x.name().equals(v)).findFirst());
        Optional<Long> before = exchange.param("before").filter(b -> b.matches("\\d{1,18}")).map(Long::parseLong);
        ReceiptPage page = reporting.receipts(verdict, before, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("verdict", verdict.map(Enum::name).orElse(""));
        model.put("verdicts", Arrays.asList(ReceiptVerdict.values()));
        model.put("retention", RetentionNote.of(retention.status(), exchange.formats()));
        model.put("retentionStarted", exchange.param("retention").filter("started"::equals).isPresent());
        model.put("reconciliation", ReconciliationNote.of(reconciliation.status(), exchange.formats()));
        model.put("reconciliationStarted", exchange.param("reconciliation").filter("started"::equals).isPresent());
        exchange.render("callbacks", model);
    }

    /** In the background: a run can take minutes, and the lease keeps it from overlapping another node's. */
    private void runRetention(Exchange exchange) throws IOException {
        exchange.requireCsrf();
        String admin = exchange.user();
        executor.submit(() -> {
            LOG.log(Level.INFO, "retention run asked for by " + admin);
            try {
                retention.run(RunTrigger.OPERATOR);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "retention run asked for by " + admin + " could not start", e);
            }
        });
        exchange.redirect("/callbacks?retention=started");
    }
}
