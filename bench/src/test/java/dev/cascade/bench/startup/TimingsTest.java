package dev.cascade.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleRunWhateverTheOrder() {
        Timings timings = new Timings(List.of(Duration.ofMillis(14_200), Duration.ofMillis(9_800), Duration.ofMillis(31_000)));

        assertThat(timings.medianSeconds()).isEqualTo(14.2);
        assertThat(timings.list()).isEqualTo("14.2, 9.8, 31.0 s");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Timings timings = new Timings(List.of(Duration.ofSeconds(12), Duration.ofSeconds(10), Duration.ofSeconds(11), Duration.ofSeconds(40)));

        assertThat(timings.medianSeconds()).isEqualTo(11.5);
    }

    @Test
    void noRunsHaveNoMedian() {
        assertThat(new Timings(List.of()).isEmpty()).isTrue();
        assertThatThrownBy(() -> new Timings(List.of()).medianSeconds()).isInstanceOf(IllegalStateException.class);
    }
}
