package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {

    private static final URI TARGET = URI.create("http://127.0.0.1:8390/callbacks/telesign");

    @Test
    void durationsFallBackToTheModesDefaultAndRefuseNonsense() {
        assertThat(IngestBench.positive("--duration", null, 60)).isEqualTo(60);
        assertThat(IngestBench.positive("--duration", 5, 60)).isEqualTo(5);
        assertThat(IngestBench.notNegative("--warmup", 0, 20)).isZero();
        assertThatThrownBy(() -> IngestBench.positive("--duration", 0, 60)).hasMessageContaining("--duration must be at least 1");
        assertThatThrownBy(() -> IngestBench.notNegative("--warmup", -1, 20)).hasMessageContaining("--warmup must not be negative");
    }

    @Test
    void theLoadNeedsAConnectionAndAMeasuredTime() {
        assertThatThrownBy(() -> new LoadGenerator.Settings(TARGET, 0, Duration.ZERO, Duration.ofSeconds(1), 0))
                .hasMessageContaining("--connections");
        assertThatThrownBy(() -> new LoadGenerator.Settings(TARGET, 64, Duration.ZERO, Duration.ZERO, 0))
                .hasMessageContaining("--duration");
        assertThatThrownBy(() -> new LoadGenerator.Settings(TARGET, 64, Duration.ofSeconds(-1), Duration.ofSeconds(1), 0))
                .hasMessageContaining("--warmup");
    }
}
