package dev.cascade.sending.reconciliation;

import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.ledger.reconciliation.DueMessage;
import dev.cascade.ledger.reconciliation.LookupResult;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.ledger.reconciliation.ReconciliationStore;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.sending.TelesignConnection;
import dev.cascade.telesign.client.AuthenticationException;
import dev.cascade.telesign.client.NotFoundException;
import dev.cascade.telesign.client.RateLimitException;
import dev.cascade.telesign.client.StatusAnswer;
import dev.cascade.telesign.client.TelesignException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Looks up, on whichever node holds the {@value #JOB} lease, the pending messages that are due (see
 * {@link ReconciliationPolicy}), one at a time, and applies each answer through the ledger's own
 * {@link DeliveryLedger#apply} as a report from {@link ReportSource#RECONCILED}: idempotent and order-proof like a
 * callback, so a callback that arrives after all is a duplicate (or news, if it knows more), never a conflict.
 *
 * <p>Telesign's answers end or go on with the run: a 429 stops it and pauses the whole cluster (the pause is
 * recorded with the run, which every node reads before starting); a 401 stops it (every lookup would fail); a 404
 * or a failed lookup is noted on the message and the run goes on, unless lookups keep failing in a row. Reference
 * ids are logged, credentials never (the client masks them).
 */
@ApplicationScoped
public class ReconciliationJob {

    /** The lease's name in {@code job_lease}. */
    public static final String JOB = "reconciliation";

    private static final System.Logger LOG = System.getLogger(ReconciliationJob.class.getName());

    private ClusterJobs jobs;
    private ReconciliationStore store;
    private DeliveryLedger ledger;
    private StatusLookup telesign;
    private BooleanSupplier configured;
    private Clock clock;
    private ReconciliationSettings settings;

    /** For CDI's proxy only. */
    protected ReconciliationJob() {
    }

    @Inject
    public ReconciliationJob(ClusterJobs jobs, ReconciliationStore store, DeliveryLedger ledger, TelesignConnection connection,
                             Clock clock, ReconciliationSettings settings) {
        this(jobs, store, ledger, id -> connection.lookupClient().lookUp(id), connection::isConfigured, clock, settings);
    }

    ReconciliationJob(ClusterJobs jobs, ReconciliationStore store, DeliveryLedger ledger, StatusLookup telesign,
                      BooleanSupplier configured, Clock clock, ReconciliationSettings settings) {
        this.jobs = jobs;
        this.store = store;
        this.ledger = ledger;
        this.telesign = telesign;
        this.configured = configured;
        this.clock = clock;
        this.settings = settings;
    }

    /** Runs the configured policy, if this node gets the job (for a scheduled run: and it is due). */
    public Optional<ReconciliationRun> run(RunTrigger trigger) {
        return run(settings.policy(), trigger);
    }

    /**
     * Runs {@code policy} if Telesign's client is configured, the cluster is not pausing after a 429, and this node
     * gets the job.
     *
     * @return the run, as recorded; empty when it did not start
     */
    public Optional<ReconciliationRun> run(ReconciliationPolicy policy, RunTrigger trigger) {
        if (!configured.getAsBoolean()) {
            LOG.log(Level.DEBUG, "reconciliation: no Telesign account configured, nothing can be looked up");
            return Optional.empty();
        }
        Optional<ReconciliationRun> last = store.lastRun();
        if (ReconciliationPolicy.paused(last, clock.instant())) {
            LOG.log(Level.DEBUG, "reconciliation: paused after Telesign's 429 until {0}", last.flatMap(ReconciliationRun::pausedUntil).orElseThrow());
            return Optional.empty();
        }
        Optional<JobLease> taken = jobs.acquire(JOB, settings.node(), policy.lease(),
                trigger == RunTrigger.SCHEDULE ? Optional.of(policy.interval()) : Optional.empty());
        if (taken.isEmpty()) {
            LOG.log(Level.DEBUG, "reconciliation: another node holds the job, or it is not due");
            return Optional.empty();
        }
        JobLease lease = taken.get();
        try {
            ReconciliationRun run = new Pass(policy, lease, ReconciliationPolicy.rateLimitedRuns(last)).run(trigger);
            store.record(run);
            LOG.log(run.status() == ReconciliationRunStatus.COMPLETED ? (run.lookedUp() == 0 ? Level.DEBUG : Level.INFO) : Level.WARNING,
                    "reconciliation {0} on {1}: {2} looked up, {3} reconciled, {4} unchanged, {5} not found, {6} failed{7}{8}",
                    run.status(), run.node(), run.lookedUp(), run.reconciled(), run.unchanged(), run.notFound(), run.failed(),
                    run.pausedUntil().map(t -> "; paused until " + t).orElse(""), run.error().map(e -> " (" + e + ")").orElse(""));
            return Optional.of(run);
        } finally {
            jobs.release(lease);
        }
    }

    /** The policy in force and the cluster's last run, for the dashboard. */
    public ReconciliationStatus status() {
        return new ReconciliationStatus(settings.policy(), configured.getAsBoolean(), store.lastRun());
    }

    /** The databases keep microseconds: a run read back from {@code reconciliation_run} equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** One run's lookups and tallies. */
    private final class Pass {
        private final ReconciliationPolicy policy;
        private final JobLease lease;
        private final int rateLimitedRuns;
        private Instant renewed;
        private int lookedUp;
        private int reconciled;
        private int unchanged;
        private int notFound;
        private int failed;
        private int failedInARow;

        Pass(ReconciliationPolicy policy, JobLease lease, int rateLimitedRuns) {
            this.policy = policy;
            this.lease = lease;
            this.rateLimitedRuns = rateLimitedRuns;
        }

        ReconciliationRun run(RunTrigger trigger) {
            Instant started = now();
            renewed = started;
            ReconciliationRunStatus status = ReconciliationRunStatus.COMPLETED;
            Optional<Instant> pausedUntil = Optional.empty();
            Optional<String> error = Optional.empty();
            try {
                for (DueMessage due : store.due(policy.selection(started))) {
                    if (Thread.currentThread().isInterrupted()) {
                        status = ReconciliationRunStatus.INTERRUPTED;
                        break;
                    }
                    if (!keepLease()) {
                        status = ReconciliationRunStatus.LEASE_LOST;
                        break;
                    }
                    try {
                        lookUp(due);
                    } catch (RateLimitException e) {
                        Duration pause = policy.pauseAfterRateLimit(e.retryAfter(), rateLimitedRuns);
                        status = ReconciliationRunStatus.RATE_LIMITED;
                        pausedUntil = Optional.of(now().plus(pause));
                        error = Optional.of(e.getMessage() + e.retryAfter().map(r -> ", Retry-After " + r.toSeconds() + " s").orElse(""));
                        break;
                    } catch (AuthenticationException e) {
                        status = ReconciliationRunStatus.FAILED;
                        error = Optional.of(e.getMessage() + " (check TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY)");
                        break;
                    }
                    if (failedInARow >= policy.maxConsecutiveFails()) {
                        status = ReconciliationRunStatus.FAILED;
                        error = Optional.of(failedInARow + " lookups in a row failed; the next run tries again");
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // Recorded rather than thrown: the lookups before it are applied, and the operator sees why it stopped.
                status = ReconciliationRunStatus.FAILED;
                error = Optional.of(String.valueOf(e.getMessage()));
                LOG.log(Level.ERROR, "reconciliation failed after " + lookedUp + " lookups", e);
            }
            return new ReconciliationRun(lease.node(), trigger, status, started, now(), lookedUp, reconciled, unchanged, notFound,
                    failed, status == ReconciliationRunStatus.RATE_LIMITED ? rateLimitedRuns : 0, pausedUntil, error);
        }

        /** Looks one message up and applies or notes what came back; a 429 or 401 is the caller's to handle. */
        private void lookUp(DueMessage due) throws RateLimitException, AuthenticationException {
            StatusAnswer answer;
            try {
                answer = telesign.lookUp(due.referenceId());
            } catch (RateLimitException | AuthenticationException e) {
                throw e;
            } catch (NotFoundException e) {
                lookedUp++;
                notFound++;
                failedInARow = 0;
                store.noteLookup(due.referenceId(), now(), LookupResult.NOT_FOUND);
                LOG.log(Level.DEBUG, "reconciliation: Telesign no longer knows {0} (sent {1})", due.referenceId(), due.sentAt());
                return;
            } catch (TelesignException e) {
                lookedUp++;
                failed++;
                failedInARow++;
                store.noteLookup(due.referenceId(), now(), LookupResult.FAILED);
                LOG.log(Level.INFO, "reconciliation: lookup of {0} failed: {1}", due.referenceId(), e.getMessage());
                return;
            }
            lookedUp++;
            failedInARow = 0;
            Instant at = now();
            IncomingReport report = new IncomingReport(answer.report(), answer.body(), "application/json", at, answer.warnings(),
                    ReportSource.RECONCILED);
            List<ApplyResult> applied = ledger.apply(List.of(report));
            if (applied.get(0).verdict() == ReceiptVerdict.APPLIED) {
                reconciled++;
                LOG.log(Level.INFO, "reconciliation: {0} was behind Telesign; now {1}", due.referenceId(), applied.get(0).outcome());
            } else {
                unchanged++;
            }
            store.noteLookup(due.referenceId(), at, LookupResult.FOUND);
        }

        /** Renews the lease once a third of it has passed: lookups can be slow (timeouts), renewing each one is chatty. */
        private boolean keepLease() {
            Instant now = clock.instant();
            if (Duration.between(renewed, now).compareTo(policy.lease().dividedBy(3)) < 0) {
                return true;
            }
            renewed = now;
            return jobs.renew(lease, policy.lease());
        }
    }
}
