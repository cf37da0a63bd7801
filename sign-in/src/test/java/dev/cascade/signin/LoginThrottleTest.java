package dev.cascade.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.maxFailures = 5;
        throttle.maxFailuresPerAddress = 20;
        throttle.lockoutSeconds = 300;
        throttle.clock = clock;
        return throttle;
    }

    @Test
    void fiveFailuresLockTheNameForFiveMinutes() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.isLocked("admin", "10.0.0." + i)).isFalse();
            throttle.failed("Admin", "10.0.0." + i);
        }

        assertThat(throttle.isLocked("admin", "10.9.9.9")).isTrue();
        clock.add(Duration.ofSeconds(301));
        assertThat(throttle.isLocked("admin", "10.9.9.9")).isFalse();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedToo() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.isLocked("someone-else", "10.0.0.1")).isFalse();
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.isLocked("someone-else", "10.0.0.1")).isTrue();
        assertThat(throttle.isLocked("someone-else", "10.0.0.2")).isFalse();
    }

    @Test
    void successClearsTheCount() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        throttle.succeeded("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.1");

        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
    }
}
