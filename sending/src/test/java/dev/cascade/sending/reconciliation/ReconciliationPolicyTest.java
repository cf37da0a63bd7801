package dev.cascade.sending.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.reconciliation.DueSelection;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.ledger.retention.RunTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    static ReconciliationPolicy defaults() {
        return new ReconciliationSettings(true, 900, 43_200, 3600, 300, 500, 5, 60, 3600, 300, "node-a").policy();
    }

    @Test
    void messagesArePickedWithinTelesignsWindowAfterTheMinimumAgeAndNotAgainSoonAfterALookup() {
        DueSelection selection = defaults().selection(NOW);

        assertThat(selection.sentAfter()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(selection.sentBefore()).isEqualTo(Instant.parse("2026-11-27T11:45:00Z"));
        assertThat(selection.lookedUpBefore()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(selection.limit()).isEqualTo(500);
    }

    @Test
    void theWindowCannotReachBeyondTelesignsTwelveHoursAndTheMinimumAgeMustFitInIt() {
        assertThatThrownBy(() -> new ReconciliationSettings(true, 900, 43_201, 3600, 300, 500, 5, 60, 3600, 300, "n"))
                .hasMessageContaining("cascade.reconcile.window-seconds");
        assertThatThrownBy(() -> new ReconciliationSettings(true, 43_200, 43_200, 3600, 300, 500, 5, 60, 3600, 300, "n"))
                .hasMessageContaining("cascade.reconcile.min-age-seconds");
        assertThatThrownBy(() -> new ReconciliationSettings(true, -1, 43_200, 3600, 300, 500, 5, 60, 3600, 300, "n"))
                .hasMessageContaining("cascade.reconcile.min-age-seconds");
        assertThatThrownBy(() -> new ReconciliationSettings(true, 900, 43_200, 3600, 300, 0, 5, 60, 3600, 300, "n"))
                .hasMessageContaining("cascade.reconcile.max-lookups");
        assertThatThrownBy(() -> new ReconciliationSettings(true, 900, 43_200, 3600, 300, 500, 5, 60, 30, 300, "n"))
                .hasMessageContaining("cascade.reconcile.max-backoff-seconds");
        assertThatThrownBy(() -> new ReconciliationSettings(true, 900, 43_200, 3600, -1, 500, 5, 60, 3600, 300, "n"))
                .hasMessageContaining("cascade.reconcile.interval-seconds");
    }

    @Test
    void afterA429TheClusterWaitsRetryAfterWhenTelesignAsksForLongerElseADoublingBackoffUpToItsCap() {
        ReconciliationPolicy policy = defaults();

        assertThat(policy.pauseAfterRateLimit(Optional.empty(), 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.pauseAfterRateLimit(Optional.empty(), 2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.pauseAfterRateLimit(Optional.empty(), 3)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.pauseAfterRateLimit(Optional.empty(), 50)).as("capped").isEqualTo(Duration.ofHours(1));
        assertThat(policy.pauseAfterRateLimit(Optional.of(Duration.ofSeconds(2)), 1)).as("never shorter than ours")
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.pauseAfterRateLimit(Optional.of(Duration.ofMinutes(5)), 1)).as("Telesign's wait is obeyed")
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.pauseAfterRateLimit(Optional.of(Duration.ofHours(2)), 1)).as("even beyond our cap")
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void runsInARowStoppedByTheRateLimitAreCountedAndAPauseHoldsUntilItEnds() {
        ReconciliationRun limited = run(ReconciliationRunStatus.RATE_LIMITED, 2, Optional.of(NOW.plusSeconds(30)));
        ReconciliationRun completed = run(ReconciliationRunStatus.COMPLETED, 0, Optional.empty());

        assertThat(ReconciliationPolicy.rateLimitedRuns(Optional.empty())).isEqualTo(1);
        assertThat(ReconciliationPolicy.rateLimitedRuns(Optional.of(limited))).isEqualTo(3);
        assertThat(ReconciliationPolicy.rateLimitedRuns(Optional.of(completed))).isEqualTo(1);
        assertThat(ReconciliationPolicy.paused(Optional.of(limited), NOW)).isTrue();
        assertThat(ReconciliationPolicy.paused(Optional.of(limited), NOW.plusSeconds(30))).isFalse();
        assertThat(ReconciliationPolicy.paused(Optional.of(completed), NOW)).isFalse();
        assertThat(ReconciliationPolicy.paused(Optional.empty(), NOW)).isFalse();
    }

    @Test
    void nodesAskAQuarterOfTheIntervalAndAnIntervalOfZeroOrDisablingStopsTheSchedule() {
        assertThat(defaults().checkEvery()).isEqualTo(Duration.ofSeconds(75));
        assertThat(new ReconciliationSettings(true, 0, 43_200, 0, 2, 500, 5, 1, 1, 300, "n").policy().checkEvery())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults().scheduled()).isTrue();
        assertThat(new ReconciliationSettings(true, 900, 43_200, 3600, 0, 500, 5, 60, 3600, 300, "n").policy().scheduled()).isFalse();
        assertThat(new ReconciliationSettings(false, 900, 43_200, 3600, 300, 500, 5, 60, 3600, 300, "n").policy().scheduled()).isFalse();
    }

    static ReconciliationRun run(ReconciliationRunStatus status, int rateLimitedRuns, Optional<Instant> pausedUntil) {
        return new ReconciliationRun("node-a", RunTrigger.SCHEDULE, status, NOW.minusSeconds(60), NOW.minusSeconds(59), 1, 0, 0, 0, 0,
                rateLimitedRuns, pausedUntil, Optional.empty());
    }
}
