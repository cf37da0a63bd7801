package dev.cascade.sending.reconciliation;

import dev.cascade.ledger.application.LedgerReady;
import dev.cascade.ledger.retention.RunTrigger;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Every node asks, a few times per interval, whether reconciliation is due; the lease in {@code job_lease} lets
 * one node run it and spaces runs an interval apart cluster-wide (as for retention, see {@code RetentionSchedule}).
 */
@ApplicationScoped
public class ReconciliationSchedule {

    private static final System.Logger LOG = System.getLogger(ReconciliationSchedule.class.getName());

    @Inject
    ReconciliationJob job;

    @Inject
    ReconciliationSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Starts once the schema is migrated; a wrong setting fails the deployment here, with its name. */
    synchronized void onLedgerReady(@Observes LedgerReady ready) {
        ReconciliationPolicy policy = settings.policy();
        if (task != null) {
            return;
        }
        if (!policy.scheduled()) {
            LOG.log(Level.INFO, "reconciliation is not scheduled on this node (cascade.reconcile.enabled=false or interval 0)");
            return;
        }
        long every = policy.checkEvery().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "reconciliation: messages pending {0} s after their send (and sent within {1} s) are looked up"
                + " at Telesign, at most {2} a run, once every {3} s in the cluster", policy.minAge().toSeconds(),
                policy.window().toSeconds(), policy.maxLookups(), policy.interval().toSeconds());
    }

    private void tick() {
        try {
            job.run(RunTrigger.SCHEDULE);
        } catch (RuntimeException e) {
            // A task that throws is never run again; the database may only be away for a while.
            LOG.log(Level.WARNING, "reconciliation could not start: " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(true);
            task = null;
        }
    }
}
