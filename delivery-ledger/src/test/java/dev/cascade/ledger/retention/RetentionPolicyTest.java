package dev.cascade.ledger.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void theDefaultsDeleteBodiesAfterThirtyDaysAndKeepEverythingElse() {
        RetentionPolicy defaults = new RetentionSettings(30, 0, 0, 1000, 60, 300, "node-a").policy();

        RetentionCutoffs cutoffs = defaults.cutoffs(NOW);

        assertThat(cutoffs.bodiesBefore()).contains(Instant.parse("2026-10-28T12:00:00Z"));
        assertThat(cutoffs.receiptsBefore()).isEmpty();
        assertThat(cutoffs.historyBefore()).isEmpty();
        assertThat(defaults.scheduled()).isTrue();
    }

    @Test
    void zeroDaysKeepsThatKindForever() {
        RetentionPolicy keepAll = new RetentionPolicy(0, 0, 0, 1000, HOUR, LEASE);
        assertThat(keepAll.cutoffs(NOW)).isEqualTo(new RetentionCutoffs(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(keepAll.scheduled()).as("nothing to delete, nothing to schedule").isFalse();
    }

    @Test
    void everyKindHasItsOwnCutoff() {
        RetentionCutoffs cutoffs = new RetentionPolicy(7, 90, 400, 10, HOUR, LEASE).cutoffs(NOW);
        assertThat(cutoffs.bodiesBefore()).contains(NOW.minus(Duration.ofDays(7)));
        assertThat(cutoffs.receiptsBefore()).contains(NOW.minus(Duration.ofDays(90)));
        assertThat(cutoffs.historyBefore()).contains(NOW.minus(Duration.ofDays(400)));
    }

    @Test
    void anIntervalOfZeroMeansOperatorRunsOnly() {
        assertThat(new RetentionPolicy(30, 0, 0, 1000, Duration.ZERO, LEASE).scheduled()).isFalse();
    }

    @Test
    void nodesCheckAQuarterOfTheIntervalButNotMoreThanOnceAMinute() {
        assertThat(new RetentionPolicy(30, 0, 0, 1000, HOUR, LEASE).checkEvery()).isEqualTo(Duration.ofMinutes(15));
        assertThat(new RetentionPolicy(30, 0, 0, 1000, Duration.ofMinutes(2), LEASE).checkEvery()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void impossibleSettingsAreRefusedByName() {
        assertThatThrownBy(() -> new RetentionPolicy(-1, 0, 0, 1000, HOUR, LEASE)).hasMessageContaining("cascade.retention.body-days")
                .hasMessageContaining("was -1");
        assertThatThrownBy(() -> new RetentionPolicy(0, 36_501, 0, 1000, HOUR, LEASE)).hasMessageContaining("cascade.retention.receipt-days");
        assertThatThrownBy(() -> new RetentionPolicy(0, 0, -5, 1000, HOUR, LEASE)).hasMessageContaining("cascade.retention.history-days");
        assertThatThrownBy(() -> new RetentionPolicy(30, 0, 0, 0, HOUR, LEASE)).hasMessageContaining("cascade.retention.batch-size");
        assertThatThrownBy(() -> new RetentionSettings(30, 0, 0, 1000, -1, 300, "a")).hasMessageContaining("cascade.retention.interval-minutes");
        assertThatThrownBy(() -> new RetentionSettings(30, 0, 0, 1000, 60, 0, "a")).hasMessageContaining("cascade.jobs.lease-seconds");
        assertThatThrownBy(() -> new RetentionSettings(30, 0, 0, 1000, 60, 300, " ")).hasMessageContaining("jboss.node.name");
    }

    @Test
    void bodiesCannotOutliveTheirReceipts() {
        assertThatThrownBy(() -> new RetentionPolicy(30, 10, 0, 1000, HOUR, LEASE))
                .hasMessageContaining("body-days (30) is longer than cascade.retention.receipt-days (10)");
        assertThat(new RetentionPolicy(10, 30, 0, 1000, HOUR, LEASE).cutoffs(NOW).receiptsBefore()).isPresent();
        assertThat(new RetentionPolicy(0, 30, 0, 1000, HOUR, LEASE).cutoffs(NOW).bodiesBefore())
                .as("bodies kept as long as their receipts").isEmpty();
    }
}
