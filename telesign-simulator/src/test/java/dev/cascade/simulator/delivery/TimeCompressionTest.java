package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeCompressionTest {

    @Test
    void aSixHundredSecondFallbackTakesTwoSecondsAtThreeHundredTimes() {
        assertThat(new TimeCompression(300).toReal(Duration.ofSeconds(600))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryWaitsAreCompressedAlike() {
        TimeCompression compression = new TimeCompression(300);

        assertThat(RetrySchedule.TELESIGN.waits()).extracting(compression::toReal)
                .containsExactly(Duration.ofNanos(16_666_667), Duration.ofNanos(33_333_333), Duration.ofMillis(50));
    }

    @Test
    void oneIsRealTimeAndFractionsSlowDown() {
        assertThat(TimeCompression.NONE.toReal(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(new TimeCompression(0.5).toReal(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void zeroOrNegativeFactorsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeCompression(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeCompression(-3));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeCompression(Double.POSITIVE_INFINITY));
    }
}
