package dev.cascade.dashboard.callbacks;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.sending.reconciliation.ReconciliationJob;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * {@code POST /callbacks/reconcile} (admin): starts a reconciliation run in the background — it makes up to
 * {@code cascade.reconcile.max-lookups} requests to Telesign — and goes back to the callbacks page. The lease still
 * keeps it from overlapping another node's run, and a pause after Telesign's 429 still holds.
 */
@ApplicationScoped
public class ReconcileNowPage implements Page {

    private static final System.Logger LOG = System.getLogger(ReconcileNowPage.class.getName());

    @Inject
    ReconciliationJob reconciliation;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.requireCsrf();
        String admin = exchange.user();
        executor.submit(() -> {
            LOG.log(Level.INFO, "reconciliation run asked for by " + admin);
            try {
                reconciliation.run(RunTrigger.OPERATOR);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "reconciliation run asked for by " + admin + " could not start", e);
            }
        });
        exchange.redirect("/callbacks?reconciliation=started#reconciliation");
    }
}
