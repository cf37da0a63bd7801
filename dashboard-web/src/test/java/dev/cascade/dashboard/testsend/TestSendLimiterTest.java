package dev.cascade.dashboard.testsend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class TestSendLimiterTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private TestSendLimiter limiter(int perMinute) {
        TestSendLimiter limiter = new TestSendLimiter();
        limiter.perMinute = perMinute;
        limiter.clock = clock;
        return limiter;
    }

    @Test
    void tenPerMinuteThenAWaitUntilTheOldestLeavesTheWindow() {
        TestSendLimiter limiter = limiter(10);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("admin")).isEmpty();
            clock.add(Duration.ofSeconds(2));
        }

        assertThat(limiter.acquire("admin")).contains(Duration.ofSeconds(40));
        assertThat(limiter.acquire("other-admin")).as("per user").isEmpty();
        clock.add(Duration.ofSeconds(40));
        assertThat(limiter.acquire("admin")).isEmpty();
    }
}
