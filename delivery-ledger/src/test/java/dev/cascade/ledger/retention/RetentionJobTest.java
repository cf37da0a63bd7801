package dev.cascade.ledger.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.ledger.jobs.LeaseRules;
import dev.cascade.ledger.jobs.LeaseState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run's rules — order, batches, lease — over an in-memory lease table and ledger. */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(40));
    private static final Instant RECENT = NOW.minus(Duration.ofDays(2));

    private final Leases leases = new Leases();
    private final Ledger ledger = new Ledger();
    private final RetentionSettings settings = new RetentionSettings(30, 0, 0, 10, 60, 300, "node-a");
    private final RetentionJob job = new RetentionJob(leases, ledger, Clock.fixed(NOW, ZoneOffset.UTC), settings);

    @Test
    void oldBodiesGoInBatchesUntilOneComesBackShortAndTheRunIsRecorded() {
        ledger.receipts(25, OLD);
        ledger.receipts(5, RECENT);

        RetentionRun run = job.run(RunTrigger.OPERATOR).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.bodiesDeleted()).isEqualTo(25);
        assertThat(ledger.bodyBatches).as("10 + 10 + 5: the short batch ends it").containsExactly(10, 10, 5);
        assertThat(ledger.keptBodies()).isEqualTo(5);
        assertThat(ledger.runs).containsExactly(run);
        assertThat(run.node()).isEqualTo("node-a");
        assertThat(leases.state.holder()).as("released").isEmpty();
    }

    @Test
    void nothingIsDeletedWhileAnotherNodeHoldsTheJob() {
        ledger.receipts(3, OLD);
        JobLease other = leases.acquire(RetentionJob.JOB, "node-b", Duration.ofMinutes(5), Optional.empty()).orElseThrow();

        assertThat(job.run(RunTrigger.OPERATOR)).isEmpty();

        assertThat(ledger.keptBodies()).isEqualTo(3);
        assertThat(ledger.runs).isEmpty();
        assertThat(leases.state.holder()).contains(other.holder());
    }

    @Test
    void aScheduledRunWaitsAnIntervalAfterTheLastStartAnOperatorsRunDoesNot() {
        ledger.receipts(3, OLD);
        assertThat(job.run(RunTrigger.SCHEDULE)).isPresent();
        ledger.receipts(3, OLD);

        assertThat(job.run(RunTrigger.SCHEDULE)).as("started a moment ago").isEmpty();
        assertThat(job.run(RunTrigger.OPERATOR).orElseThrow().bodiesDeleted()).isEqualTo(3);
    }

    @Test
    void aRunThatLostItsLeaseStopsBeforeItsNextBatch() {
        ledger.receipts(35, OLD);
        ledger.afterBatch = () -> leases.steal("node-b");

        RetentionRun run = job.run(RunTrigger.OPERATOR).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.LEASE_LOST);
        assertThat(run.bodiesDeleted()).as("the first batch, committed before the lease was lost").isEqualTo(10);
        assertThat(ledger.bodyBatches).containsExactly(10);
        assertThat(leases.state.holder()).as("the new holder keeps it").contains("node-b#stolen");
    }

    @Test
    void aFailingBatchEndsTheRunAsFailedWithWhatItDeletedSoFar() {
        ledger.receipts(15, OLD);
        ledger.failOnBatch = 2;

        RetentionRun run = job.run(RunTrigger.OPERATOR).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("connection refused");
        assertThat(run.bodiesDeleted()).isEqualTo(10);
        assertThat(ledger.runs).containsExactly(run);
        assertThat(leases.state.holder()).isEmpty();
    }

    @Test
    void historyThenReceiptsThenTheBodiesOfTheReceiptsThatRemain() {
        RetentionPolicy all = new RetentionPolicy(30, 35, 35, 10, Duration.ofHours(1), Duration.ofMinutes(5));
        ledger.receipts(4, OLD);
        ledger.receipts(2, NOW.minus(Duration.ofDays(32)));

        RetentionRun run = job.run(all, RunTrigger.OPERATOR).orElseThrow();

        assertThat(ledger.calls).containsExactly("history", "receipts", "bodies");
        assertThat(run.receiptsDeleted()).isEqualTo(4);
        assertThat(run.bodiesDeleted()).as("no body emptied just before its row went").isEqualTo(2);
    }

    /** A lease table of one row, with the production rules. */
    private static final class Leases implements ClusterJobs {
        LeaseState state = new LeaseState(RetentionJob.JOB, Optional.empty(), Optional.empty(), Optional.empty(), 0);
        private int runs;

        @Override
        public Optional<JobLease> acquire(String name, String holder, Duration duration, Optional<Duration> spacing) {
            if (!LeaseRules.mayTake(state, NOW, spacing)) {
                return Optional.empty();
            }
            JobLease lease = new JobLease(name, holder + "#" + ++runs, NOW, NOW.plus(duration));
            state = new LeaseState(name, Optional.of(lease.holder()), Optional.of(lease.expiresAt()), Optional.of(NOW), state.version() + 1);
            return Optional.of(lease);
        }

        @Override
        public boolean renew(JobLease lease, Duration duration) {
            return state.holder().equals(Optional.of(lease.holder()));
        }

        @Override
        public void release(JobLease lease) {
            if (renew(lease, Duration.ZERO)) {
                state = new LeaseState(state.job(), Optional.empty(), Optional.empty(), state.lastStartedAt(), state.version());
            }
        }

        void steal(String node) {
            state = new LeaseState(state.job(), Optional.of(node + "#stolen"), Optional.of(NOW.plusSeconds(300)),
                    Optional.of(NOW), state.version() + 1);
        }
    }

    /** Receipts by receive time, with or without their body. */
    private static final class Ledger implements RetentionStore {
        private final List<Instant> withBody = new ArrayList<>();
        private final List<Instant> withoutBody = new ArrayList<>();
        final List<Integer> bodyBatches = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        final List<RetentionRun> runs = new ArrayList<>();
        Runnable afterBatch = () -> { };
        int failOnBatch;

        void receipts(int count, Instant receivedAt) {
            IntStream.range(0, count).forEach(i -> withBody.add(receivedAt));
        }

        long keptBodies() {
            return withBody.size();
        }

        @Override
        public int deleteBodies(Instant before, Instant deletedAt, int limit) {
            calls.add("bodies");
            if (bodyBatches.size() + 1 == failOnBatch) {
                throw new IllegalStateException("connection refused");
            }
            List<Instant> batch = withBody.stream().filter(t -> t.isBefore(before)).limit(limit).toList();
            batch.forEach(t -> {
                withBody.remove(t);
                withoutBody.add(t);
            });
            bodyBatches.add(batch.size());
            afterBatch.run();
            return batch.size();
        }

        @Override
        public int deleteReceipts(Instant before, int limit) {
            calls.add("receipts");
            int before1 = withBody.size() + withoutBody.size();
            withBody.removeIf(t -> t.isBefore(before));
            withoutBody.removeIf(t -> t.isBefore(before));
            return before1 - withBody.size() - withoutBody.size();
        }

        @Override
        public int deleteHistory(Instant before, int limit) {
            calls.add("history");
            return 0;
        }

        @Override
        public void record(RetentionRun run) {
            runs.add(run);
        }

        @Override
        public Optional<RetentionRun> lastRun() {
            return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        }
    }
}
