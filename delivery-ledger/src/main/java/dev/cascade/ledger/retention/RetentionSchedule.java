package dev.cascade.ledger.retention;

import dev.cascade.ledger.application.LedgerReady;
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
 * Every node asks, a few times per interval, whether retention is due; the lease lets one node run it and
 * spaces runs an interval apart cluster-wide. A managed scheduled executor rather than an EJB timer: a
 * timer is per node too unless WildFly's database timer store is configured on every node, which is more
 * to operate than a lease row the application owns (and the lease serves other jobs as well).
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());

    @Inject
    RetentionJob job;

    @Inject
    RetentionSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Starts once the schema is migrated; a wrong setting fails the deployment here, with its name. */
    synchronized void onLedgerReady(@Observes LedgerReady ready) {
        RetentionPolicy policy = settings.policy();
        if (task != null) {
            return;
        }
        if (!policy.scheduled()) {
            LOG.log(Level.INFO, "retention is not scheduled on this node (nothing to delete, or interval 0)");
            return;
        }
        long every = policy.checkEvery().toSeconds();
        task = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "retention: bodies after {0} days, receipts after {1}, history after {2} (0 = kept); "
                + "once every {3} minutes in the cluster", policy.bodyDays(), policy.receiptDays(), policy.historyDays(),
                policy.interval().toMinutes());
    }

    private void tick() {
        try {
            job.run(RunTrigger.SCHEDULE);
        } catch (RuntimeException e) {
            // A task that throws is never run again; the database may only be away for a while.
            LOG.log(Level.WARNING, "retention could not start: " + e.getMessage());
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
