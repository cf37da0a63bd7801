package dev.cascade.sending.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.RejectedCallback;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.ledger.reconciliation.DueMessage;
import dev.cascade.ledger.reconciliation.DueSelection;
import dev.cascade.ledger.reconciliation.LookupResult;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.ledger.reconciliation.ReconciliationStore;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.telesign.client.AuthenticationException;
import dev.cascade.telesign.client.NotFoundException;
import dev.cascade.telesign.client.RateLimitException;
import dev.cascade.telesign.client.ServerErrorException;
import dev.cascade.telesign.client.StatusAnswer;
import dev.cascade.telesign.client.TelesignApiException.ErrorResponse;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.client.TelesignTimeoutException;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.ParsedReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run's rules against fakes of the ledger, the lease and Telesign: which answers go on, which stop, and how. */
class ReconciliationJobTest {

    private static final Instant NOW = ReconciliationPolicyTest.NOW;
    private static final ReconciliationSettings SETTINGS =
            new ReconciliationSettings(true, 900, 43_200, 3600, 300, 500, 3, 60, 3600, 300, "node-a");

    private final FakeStore store = new FakeStore();
    private final FakeLedger ledger = new FakeLedger();
    private final FakeJobs jobs = new FakeJobs();
    private final Map<ReferenceId, Deque<Object>> telesign = new HashMap<>();
    private final List<ReferenceId> asked = new ArrayList<>();
    private boolean configured = true;

    @Test
    void whatTelesignSaysIsAppliedAsReconciledAndEveryLookupIsNoted() throws Exception {
        ReferenceId lost = store.pending("A");
        ReferenceId known = store.pending("B");
        answer(lost, delivered(lost));
        answer(known, delivered(known));
        ledger.alreadyKnown.add(known);

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.COMPLETED);
        assertThat(run.lookedUp()).isEqualTo(2);
        assertThat(run.reconciled()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(1);
        assertThat(ledger.applied).extracting(IncomingReport::source).containsOnly(ReportSource.RECONCILED);
        assertThat(ledger.applied.get(0).rawBody()).as("Telesign's answer as it came").isEqualTo(body(lost));
        assertThat(store.noted).containsEntry(lost, LookupResult.FOUND).containsEntry(known, LookupResult.FOUND);
        assertThat(store.recorded).containsExactly(run);
        assertThat(jobs.released).as("the lease is given back").isTrue();
    }

    @Test
    void aRateLimitStopsTheRunAndPausesTheClusterForTelesignsRetryAfterOrTheBackoff() throws Exception {
        ReferenceId first = store.pending("A");
        ReferenceId second = store.pending("B");
        ReferenceId third = store.pending("C");
        answer(first, delivered(first));
        answer(second, new RateLimitException(error(429, 3204), Optional.of(Duration.ofMinutes(5))));
        answer(third, delivered(third));

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.RATE_LIMITED);
        assertThat(asked).as("nothing after the 429").containsExactly(first, second);
        assertThat(run.reconciled()).isEqualTo(1);
        assertThat(run.pausedUntil()).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(run.rateLimitedRuns()).isEqualTo(1);
        assertThat(store.noted).as("a refused lookup is no lookup: it comes first next time").doesNotContainKey(second);

        assertThat(job().run(RunTrigger.OPERATOR)).as("paused, even for an operator").isEmpty();
        assertThat(asked).hasSize(2);
    }

    @Test
    void aSecondRateLimitInARowDoublesTheBackoffWhenTelesignNamesNoWait() throws Exception {
        store.recorded.add(ReconciliationPolicyTest.run(ReconciliationRunStatus.RATE_LIMITED, 1, Optional.of(NOW.minusSeconds(1))));
        ReferenceId ref = store.pending("A");
        answer(ref, new RateLimitException(error(429, 3204), Optional.empty()));

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.rateLimitedRuns()).isEqualTo(2);
        assertThat(run.pausedUntil()).contains(NOW.plusSeconds(120));
    }

    @Test
    void notFoundAndFailedLookupsAreNotedAndTheRunGoesOn() throws Exception {
        ReferenceId expired = store.pending("A");
        ReferenceId broken = store.pending("B");
        ReferenceId fine = store.pending("C");
        answer(expired, new NotFoundException(error(404, -10004)));
        answer(broken, new ServerErrorException(error(500, 3500)));
        answer(fine, delivered(fine));

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.COMPLETED);
        assertThat(run.notFound()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.reconciled()).isEqualTo(1);
        assertThat(store.noted).containsEntry(expired, LookupResult.NOT_FOUND).containsEntry(broken, LookupResult.FAILED)
                .containsEntry(fine, LookupResult.FOUND);
    }

    @Test
    void lookupsFailingInARowEndTheRunAsFailed() throws Exception {
        for (String name : List.of("A", "B", "C", "D")) {
            ReferenceId ref = store.pending(name);
            answer(ref, new TelesignTimeoutException("no answer within 15000 ms", null));
        }

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.FAILED);
        assertThat(run.failed()).as("max-consecutive-failures").isEqualTo(3);
        assertThat(run.error()).hasValueSatisfying(e -> assertThat(e).contains("3 lookups in a row failed"));
    }

    @Test
    void refusedCredentialsStopTheRunAtOnce() throws Exception {
        ReferenceId ref = store.pending("A");
        store.pending("B");
        answer(ref, new AuthenticationException(error(401, 3400)));

        ReconciliationRun run = job().run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.FAILED);
        assertThat(asked).hasSize(1);
        assertThat(run.error()).hasValueSatisfying(e -> assertThat(e).contains("TELESIGN_API_KEY").doesNotContain("apiKey="));
    }

    @Test
    void nothingRunsWithoutAnAccountOrWhileAnotherNodeHoldsTheJob() {
        store.pending("A");
        configured = false;
        assertThat(job().run(RunTrigger.SCHEDULE)).isEmpty();

        configured = true;
        jobs.heldElsewhere = true;
        assertThat(job().run(RunTrigger.SCHEDULE)).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(jobs.asked).as("a scheduled run asks to be spaced an interval").contains(Optional.of(Duration.ofSeconds(300)));
    }

    @Test
    void aRunThatLostItsLeaseStopsBeforeItsNextLookup() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        ReferenceId first = store.pending("A");
        ReferenceId second = store.pending("B");
        answer(first, delivered(first));
        answer(second, delivered(second));
        jobs.renewable = false;
        ledger.onApply = () -> clock.now = clock.now.plus(Duration.ofMinutes(2));

        ReconciliationRun run = job(clock).run(RunTrigger.SCHEDULE).orElseThrow();

        assertThat(run.status()).isEqualTo(ReconciliationRunStatus.LEASE_LOST);
        assertThat(asked).containsExactly(first);
    }

    private ReconciliationJob job() {
        return job(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ReconciliationJob job(Clock clock) {
        return new ReconciliationJob(jobs, store, ledger, this::lookUp, () -> configured, clock, SETTINGS);
    }

    private StatusAnswer lookUp(ReferenceId ref) throws TelesignException {
        asked.add(ref);
        Object next = telesign.get(ref).removeFirst();
        if (next instanceof TelesignException e) {
            throw e;
        }
        return (StatusAnswer) next;
    }

    private void answer(ReferenceId ref, Object answer) {
        telesign.computeIfAbsent(ref, r -> new ArrayDeque<>()).add(answer);
    }

    private static StatusAnswer delivered(ReferenceId ref) throws Exception {
        ParsedReport parsed = DeliveryReportParser.parse(body(ref));
        return new StatusAnswer(parsed.report(), parsed.warnings(), body(ref));
    }

    private static byte[] body(ReferenceId ref) {
        return ("{\"reference_id\":\"" + ref.value() + "\",\"status\":{\"code\":3000,\"description\":\"Delivered\","
                + "\"last_channel\":\"sms\",\"updated_on\":\"2026-11-27 11:00:05.000\"},\"channel_status\":["
                + "{\"rcs\":{\"code\":3056,\"updated_on\":\"2026-11-27 11:00:00.000\"}},"
                + "{\"sms\":{\"code\":3000,\"updated_on\":\"2026-11-27 11:00:05.000\"}}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static ErrorResponse error(int http, int code) {
        return new ErrorResponse(http, Optional.of(StatusCode.of(code)), "", Optional.empty());
    }

    private static final class FakeStore implements ReconciliationStore {
        final List<DueMessage> due = new ArrayList<>();
        final Map<ReferenceId, LookupResult> noted = new LinkedHashMap<>();
        final List<ReconciliationRun> recorded = new ArrayList<>();

        ReferenceId pending(String letter) {
            ReferenceId ref = ReferenceId.of(letter.repeat(32));
            due.add(new DueMessage(ref, NOW.minus(Duration.ofHours(1)), 0));
            return ref;
        }

        @Override
        public List<DueMessage> due(DueSelection selection) {
            return due.stream().limit(selection.limit()).toList();
        }

        @Override
        public void noteLookup(ReferenceId referenceId, Instant at, LookupResult result) {
            noted.put(referenceId, result);
        }

        @Override
        public void record(ReconciliationRun run) {
            recorded.add(run);
        }

        @Override
        public Optional<ReconciliationRun> lastRun() {
            return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
        }
    }

    private static final class FakeLedger implements DeliveryLedger {
        final List<IncomingReport> applied = new ArrayList<>();
        final List<ReferenceId> alreadyKnown = new ArrayList<>();
        Runnable onApply = () -> { };

        @Override
        public List<ApplyResult> apply(List<IncomingReport> reports) {
            applied.addAll(reports);
            onApply.run();
            return reports.stream().map(r -> new ApplyResult(1, alreadyKnown.contains(r.report().referenceId())
                    ? ReceiptVerdict.DUPLICATE : ReceiptVerdict.APPLIED, Outcome.DELIVERED_SMS_FALLBACK)).toList();
        }

        @Override
        public long recordRejected(RejectedCallback rejected) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordSend(SendRecord send) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class FakeJobs implements ClusterJobs {
        boolean heldElsewhere;
        boolean renewable = true;
        boolean released;
        final List<Optional<Duration>> asked = new ArrayList<>();

        @Override
        public Optional<JobLease> acquire(String job, String holder, Duration duration, Optional<Duration> spacing) {
            asked.add(spacing);
            return heldElsewhere ? Optional.empty() : Optional.of(new JobLease(job, holder + "#1", NOW, NOW.plus(duration)));
        }

        @Override
        public boolean renew(JobLease lease, Duration duration) {
            return renewable;
        }

        @Override
        public void release(JobLease lease) {
            released = true;
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
