package dev.cascade.dashboard.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.dashboard.web.Formats;
import dev.cascade.ledger.retention.RetentionCutoffs;
import dev.cascade.ledger.retention.RetentionPolicy;
import dev.cascade.ledger.retention.RetentionRun;
import dev.cascade.ledger.retention.RetentionStatus;
import dev.cascade.ledger.retention.RunStatus;
import dev.cascade.ledger.retention.RunTrigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionNoteTest {

    private static final Formats UTC = new Formats(ZoneOffset.UTC, true);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant STARTED = Instant.parse("2026-11-27T14:00:00Z");
    private static final RetentionCutoffs CUTOFFS = new RetentionCutoffs(Optional.of(STARTED.minus(Duration.ofDays(30))),
            Optional.empty(), Optional.empty());

    @Test
    void theDefaultPolicyReadsAsOneSentenceAboutBodies() {
        assertThat(RetentionNote.policy(new RetentionPolicy(30, 0, 0, 1000, HOUR, LEASE)))
                .isEqualTo("Raw bodies older than 30 days are deleted, every 60 minutes. Receipts and status history are kept forever.");
    }

    @Test
    void everyKindDeletedIsNamedWithItsAge() {
        assertThat(RetentionNote.policy(new RetentionPolicy(7, 90, 1, 1000, HOUR, LEASE)))
                .isEqualTo("Raw bodies older than 7 days, whole receipts older than 90 days and status history older than 1 day "
                        + "are deleted, every 60 minutes.");
    }

    @Test
    void keepingEverythingOrRunningOnlyOnRequestIsSaid() {
        assertThat(RetentionNote.policy(new RetentionPolicy(0, 0, 0, 1000, HOUR, LEASE)))
                .isEqualTo("Raw bodies, receipts and status history are kept forever.");
        assertThat(RetentionNote.policy(new RetentionPolicy(30, 0, 0, 1000, Duration.ZERO, LEASE)))
                .startsWith("Raw bodies older than 30 days are deleted only when an admin runs retention.");
    }

    @Test
    void statusHistoryAloneIsSingular() {
        assertThat(RetentionNote.policy(new RetentionPolicy(0, 0, 400, 1000, HOUR, LEASE)))
                .isEqualTo("Status history older than 400 days is deleted, every 60 minutes. Raw bodies and receipts are kept forever.");
    }

    @Test
    void theLastRunSaysWhenWhereAndHowMuch() {
        RetentionRun run = new RetentionRun("node-a", RunTrigger.SCHEDULE, RunStatus.COMPLETED, STARTED, STARTED.plusSeconds(4),
                CUTOFFS, 12_345, 0, 0, Optional.empty());

        RetentionNote note = RetentionNote.of(new RetentionStatus(new RetentionPolicy(30, 0, 0, 1000, HOUR, LEASE), Optional.of(run)), UTC);

        assertThat(note.lastRun())
                .isEqualTo("Last run 2026-11-27 14:00:00 on node-a (schedule): 12,345 bodies, 0 receipts and 0 history rows deleted.");
    }

    @Test
    void aRunThatStoppedSaysWhy() {
        RetentionRun run = new RetentionRun("node-b", RunTrigger.OPERATOR, RunStatus.FAILED, STARTED, STARTED.plusSeconds(4),
                CUTOFFS, 1_000, 0, 0, Optional.of("connection refused"));

        assertThat(RetentionNote.lastRun(run, UTC)).endsWith("1,000 bodies, 0 receipts and 0 history rows deleted — stopped: failed (connection refused).");
    }

    @Test
    void beforeTheFirstRunTheNoteSaysSo() {
        assertThat(RetentionNote.of(new RetentionStatus(new RetentionPolicy(30, 0, 0, 1000, HOUR, LEASE), Optional.empty()), UTC).lastRun())
                .isEqualTo("Retention has not run yet.");
    }
}
