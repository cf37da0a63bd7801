package dev.cascade.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClientBenchTest {

    @Test
    void aSmokeRunIsShortAndAFullRunHasForksToSpare() {
        ClientBench.Timing smoke = ClientBench.Timing.of(true, null);
        ClientBench.Timing full = ClientBench.Timing.of(false, null);

        assertThat(smoke.forks()).isEqualTo(1);
        assertThat(smoke.warmupIterations() * smoke.warmupSeconds() + smoke.iterations() * smoke.iterationSeconds())
                .isLessThan(full.warmupIterations() * full.warmupSeconds() + full.iterations() * full.iterationSeconds());
        assertThat(full.forks()).isGreaterThanOrEqualTo(2);
        assertThat(ClientBench.Timing.of(false, 3).forks()).isEqualTo(3);
    }

    @Test
    void jmhNeedsAFork() {
        assertThatThrownBy(() -> ClientBench.Timing.of(true, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--forks");
    }

    @Test
    void theBareClientRunsFirstAndAgainWithMoreThreadsLast() {
        assertThat(ClientBench.Run.values()[0].method).isEqualTo("bareHttpClient");
        assertThat(ClientBench.Run.BARE_WIDE.threadFactor).isGreaterThan(1);
        assertThat(Arrays.stream(ClientBench.Run.values()).filter(r -> r.method.equals("telesignClient")).map(r -> r.auth.orElseThrow()))
                .containsExactly("BASIC", "TSA");
    }
}
