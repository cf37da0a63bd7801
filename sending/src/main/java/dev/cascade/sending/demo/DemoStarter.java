package dev.cascade.sending.demo;

import dev.cascade.ledger.application.LedgerReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Starts the demo's background work once the ledger is ready: the history back-fill (in the
 * background, so start-up is not held up) and the traffic generator. Both are off unless configured.
 */
@ApplicationScoped
public class DemoStarter {

    private static final System.Logger LOG = System.getLogger(DemoStarter.class.getName());

    @Inject
    DemoHistory history;

    @Inject
    TrafficGenerator traffic;

    @Resource
    ManagedExecutorService executor;

    void onLedgerReady(@Observes LedgerReady ready) {
        executor.submit(() -> {
            try {
                history.backfillIfAsked();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "demo history back-fill failed", e);
            }
        });
        traffic.start();
    }
}
