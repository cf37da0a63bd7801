package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void telesignsScheduleIsFourAttemptsWaitingFiveTenFifteenSeconds() {
        RetrySchedule schedule = RetrySchedule.parse("5,10,15");

        assertThat(schedule).isEqualTo(RetrySchedule.TELESIGN);
        assertThat(schedule.attempts()).isEqualTo(4);
        assertThat(schedule.waitAfter(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.waitAfter(2)).contains(Duration.ofSeconds(10));
        assertThat(schedule.waitAfter(3)).contains(Duration.ofSeconds(15));
        assertThat(schedule.waitAfter(4)).isEmpty();
    }

    @Test
    void anEmptyListMeansOneAttempt() {
        assertThat(RetrySchedule.parse("").attempts()).isEqualTo(1);
        assertThat(RetrySchedule.parse(" ").waitAfter(1)).isEmpty();
    }

    @Test
    void fractionsOfSecondsAreAllowedAndNonsenseIsNot() {
        assertThat(RetrySchedule.parse("0.5, 1").waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThatIllegalArgumentException().isThrownBy(() -> RetrySchedule.parse("5,ten"));
        assertThatIllegalArgumentException().isThrownBy(() -> RetrySchedule.parse("-5"));
    }
}
