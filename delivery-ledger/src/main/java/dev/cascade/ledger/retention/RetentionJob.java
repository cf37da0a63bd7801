package dev.cascade.ledger.retention;

import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * Runs retention on whichever node holds the {@value #JOB} lease: history first, then whole receipts, then
 * the bodies of the receipts that remain (so no body is emptied just before its row goes), each in batches
 * of {@link RetentionPolicy#batchSize()}. The lease is renewed before every batch; a run that lost it stops,
 * so two nodes never delete at the same time.
 */
@ApplicationScoped
public class RetentionJob {

    /** The lease's name in {@code job_lease}. */
    public static final String JOB = "retention";

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());

    private ClusterJobs jobs;
    private RetentionStore store;
    private Clock clock;
    private RetentionSettings settings;

    /** For CDI's proxy only. */
    protected RetentionJob() {
    }

    @Inject
    public RetentionJob(ClusterJobs jobs, RetentionStore store, Clock clock, RetentionSettings settings) {
        this.jobs = jobs;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Runs the configured policy, if this node gets the job (for a scheduled run: and it is due). */
    public Optional<RetentionRun> run(RunTrigger trigger) {
        return run(settings.policy(), trigger);
    }

    /**
     * Runs {@code policy} if this node gets the job.
     *
     * @return the run, as recorded; empty when another node is running it or (scheduled) it is not due yet
     */
    public Optional<RetentionRun> run(RetentionPolicy policy, RunTrigger trigger) {
        Optional<JobLease> taken = jobs.acquire(JOB, settings.node(), policy.lease(),
                trigger == RunTrigger.SCHEDULE ? Optional.of(policy.interval()) : Optional.empty());
        if (taken.isEmpty()) {
            LOG.log(Level.DEBUG, "retention: another node holds the job, or it is not due");
            return Optional.empty();
        }
        JobLease lease = taken.get();
        try {
            RetentionRun run = new Pass(policy, lease).run(trigger);
            store.record(run);
            LOG.log(run.status() == RunStatus.COMPLETED ? Level.INFO : Level.WARNING,
                    "retention {0} on {1}: {2} bodies, {3} receipts, {4} history rows deleted{5}", run.status(), run.node(),
                    run.bodiesDeleted(), run.receiptsDeleted(), run.historyDeleted(), run.error().map(e -> " (" + e + ")").orElse(""));
            return Optional.of(run);
        } finally {
            jobs.release(lease);
        }
    }

    /** The policy in force and the cluster's last run, for the dashboard. */
    public RetentionStatus status() {
        return new RetentionStatus(settings.policy(), store.lastRun());
    }

    /** The databases keep microseconds: a run read back from {@code retention_run} equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** One run's batches and tallies. */
    private final class Pass {
        private final RetentionPolicy policy;
        private final JobLease lease;
        private long bodies;
        private long receipts;
        private long history;

        Pass(RetentionPolicy policy, JobLease lease) {
            this.policy = policy;
            this.lease = lease;
        }

        RetentionRun run(RunTrigger trigger) {
            Instant started = now();
            RetentionCutoffs cutoffs = policy.cutoffs(started);
            RunStatus status = RunStatus.COMPLETED;
            Optional<String> error = Optional.empty();
            try {
                if (cutoffs.historyBefore().isPresent()) {
                    Instant before = cutoffs.historyBefore().get();
                    drain(() -> store.deleteHistory(before, policy.batchSize()), n -> history += n);
                }
                if (cutoffs.receiptsBefore().isPresent()) {
                    Instant before = cutoffs.receiptsBefore().get();
                    drain(() -> store.deleteReceipts(before, policy.batchSize()), n -> receipts += n);
                }
                if (cutoffs.bodiesBefore().isPresent()) {
                    Instant before = cutoffs.bodiesBefore().get();
                    drain(() -> store.deleteBodies(before, started, policy.batchSize()), n -> bodies += n);
                }
            } catch (Stopped stopped) {
                status = stopped.status;
            } catch (RuntimeException e) {
                // Recorded rather than thrown: the batches before it are committed, and the operator sees why it stopped.
                status = RunStatus.FAILED;
                error = Optional.of(String.valueOf(e.getMessage()));
                LOG.log(Level.ERROR, "retention failed after deleting " + bodies + " bodies, " + receipts + " receipts, "
                        + history + " history rows", e);
            }
            return new RetentionRun(lease.node(), trigger, status, started, now(), cutoffs, bodies, receipts, history, error);
        }

        /** Deletes batch after batch until one comes back short, counting each batch as it commits. */
        private void drain(IntSupplier batch, IntConsumer tally) {
            int deleted;
            do {
                if (Thread.currentThread().isInterrupted()) {
                    throw new Stopped(RunStatus.INTERRUPTED);
                }
                if (!jobs.renew(lease, policy.lease())) {
                    throw new Stopped(RunStatus.LEASE_LOST);
                }
                deleted = batch.getAsInt();
                tally.accept(deleted);
            } while (deleted >= policy.batchSize());
        }
    }

    /** Ends a run early between two batches. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RunStatus status;

        Stopped(RunStatus status) {
            super(status.name(), null, false, false);
            this.status = status;
        }
    }
}
