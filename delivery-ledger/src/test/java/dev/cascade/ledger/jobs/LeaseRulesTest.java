package dev.cascade.ledger.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaseRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Optional<Duration> HOURLY = Optional.of(Duration.ofHours(1));

    private static LeaseState lease(String holder, Instant expiresAt, Instant lastStartedAt) {
        return new LeaseState("retention", Optional.ofNullable(holder), Optional.ofNullable(expiresAt),
                Optional.ofNullable(lastStartedAt), 3);
    }

    @Test
    void aJobNobodyEverRanIsFreeAndDue() {
        assertThat(LeaseRules.mayTake(lease(null, null, null), NOW, HOURLY)).isTrue();
    }

    @Test
    void aLiveLeaseKeepsEveryoneElseOutEvenAnOperator() {
        LeaseState held = lease("node-a#1", NOW.plusSeconds(1), NOW.minus(Duration.ofHours(2)));
        assertThat(LeaseRules.mayTake(held, NOW, HOURLY)).isFalse();
        assertThat(LeaseRules.mayTake(held, NOW, Optional.empty())).as("an operator's run waits too").isFalse();
    }

    @Test
    void aLeaseWhoseHolderStoppedRenewingIsFreeOnceItExpires() {
        assertThat(LeaseRules.mayTake(lease("node-a#1", NOW, NOW.minus(Duration.ofHours(2))), NOW, HOURLY))
                .as("expiring now counts as expired").isTrue();
        assertThat(LeaseRules.mayTake(lease("node-a#1", NOW.minusSeconds(30), NOW.minus(Duration.ofHours(2))), NOW, HOURLY)).isTrue();
    }

    @Test
    void aScheduledRunIsDueOnlyAnIntervalAfterAnyNodeLastStartedIt() {
        assertThat(LeaseRules.mayTake(lease(null, null, NOW.minus(Duration.ofMinutes(59))), NOW, HOURLY)).isFalse();
        assertThat(LeaseRules.mayTake(lease(null, null, NOW.minus(Duration.ofHours(1))), NOW, HOURLY)).isTrue();
    }

    @Test
    void anOperatorsRunIgnoresTheSpacingButNotTheHolder() {
        assertThat(LeaseRules.mayTake(lease(null, null, NOW.minusSeconds(5)), NOW, Optional.empty())).isTrue();
    }

    @Test
    void badNamesAndLengthsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LeaseRules.check(" ", Duration.ofMinutes(5))).hasMessageContaining("1 to 64 characters");
        assertThatThrownBy(() -> LeaseRules.check("x".repeat(65), Duration.ofMinutes(5))).hasMessageContaining("1 to 64 characters");
        assertThatThrownBy(() -> LeaseRules.check("retention", Duration.ZERO)).hasMessageContaining("positive time");
        LeaseRules.check("x".repeat(64), Duration.ofSeconds(1));
    }

    @Test
    void aHoldersNodeIsItsNameWithoutTheRunToken() {
        assertThat(new JobLease("retention", "node-a#5f0c", NOW, NOW.plusSeconds(60)).node()).isEqualTo("node-a");
        assertThat(new JobLease("retention", "node#b#5f0c", NOW, NOW.plusSeconds(60)).node()).isEqualTo("node#b");
    }
}
