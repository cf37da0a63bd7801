package dev.cascade.simulator.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void zeroMeansNoLimit() {
        RateLimiter off = new RateLimiter(0, nanos::get);

        for (int i = 0; i < 10_000; i++) {
            assertThat(off.acquire()).isEmpty();
        }
    }

    @Test
    void aBurstUpToTheLimitPassesThenTheExcessIsToldHowLongToWait() {
        RateLimiter limiter = new RateLimiter(5, nanos::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire()).as("request " + (i + 1)).isEmpty();
        }

        assertThat(limiter.acquire()).contains(Duration.ofMillis(200));
    }

    @Test
    void requestsPassAgainAtTheLimitsPace() {
        RateLimiter limiter = new RateLimiter(5, nanos::get);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        nanos.addAndGet(Duration.ofMillis(200).toNanos());

        assertThat(limiter.acquire()).isEmpty();
        assertThat(limiter.acquire()).isPresent();
    }

    @Test
    void aNegativeLimitIsAConfigurationError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(-1, nanos::get));
    }
}
