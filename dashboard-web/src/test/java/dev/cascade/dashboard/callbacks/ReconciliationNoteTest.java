package dev.cascade.dashboard.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.dashboard.web.Formats;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.sending.reconciliation.ReconciliationSettings;
import dev.cascade.sending.reconciliation.ReconciliationStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationNoteTest {

    private static final Formats UTC = new Formats(ZoneOffset.UTC, true);
    private static final Instant STARTED = Instant.parse("2026-11-27T14:00:00Z");

    private static ReconciliationSettings settings(long interval) {
        return new ReconciliationSettings(true, 900, 43_200, 3600, interval, 500, 5, 60, 3600, 300, "node-a");
    }

    @Test
    void theDefaultPolicyReadsAsOneSentence() {
        assertThat(ReconciliationNote.policy(settings(300).policy(), true))
                .isEqualTo("Messages still pending 15 minutes after their send are looked up at Telesign (up to 12 hours after it,"
                        + " at most 500 a run, each again after 1 hour at the earliest), every 5 minutes.");
    }

    @Test
    void withoutAScheduleOrAnAccountItSaysSo() {
        assertThat(ReconciliationNote.policy(settings(0).policy(), false))
                .endsWith(" only when an admin runs reconciliation. No Telesign account is configured: nothing can be looked up.");
    }

    @Test
    void aRunStoppedByTheRateLimitSaysUntilWhenTheClusterPauses() {
        ReconciliationRun run = new ReconciliationRun("node-b", RunTrigger.SCHEDULE, ReconciliationRunStatus.RATE_LIMITED, STARTED,
                STARTED.plusSeconds(2), 1204, 3, 1200, 1, 0, 1, Optional.of(STARTED.plusSeconds(62)),
                Optional.of("Telesign answered HTTP 429 with code 3204"));

        assertThat(ReconciliationNote.of(new ReconciliationStatus(settings(300).policy(), true, Optional.of(run)), UTC).lastRun())
                .isEqualTo("Last run 2026-11-27 14:00:00 on node-b (schedule): 1,204 looked up: 3 reconciled, 1,200 unchanged,"
                        + " 1 unknown to Telesign, 0 failed — stopped: rate limited, paused until 2026-11-27 14:01:02"
                        + " (Telesign answered HTTP 429 with code 3204).");
        assertThat(ReconciliationNote.of(new ReconciliationStatus(settings(300).policy(), true, Optional.empty()), UTC).lastRun())
                .isEqualTo("Reconciliation has not run yet.");
    }

    @Test
    void durationsAreShownInTheirLargestExactUnit() {
        assertThat(ReconciliationNote.duration(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(ReconciliationNote.duration(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(ReconciliationNote.duration(Duration.ZERO)).isEqualTo("0 seconds");
    }
}
