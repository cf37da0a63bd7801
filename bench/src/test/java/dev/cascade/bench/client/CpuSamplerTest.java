package dev.cascade.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuSamplerTest {

    @Test
    void theMachinesBusyShareCountsEverythingButIdleAndIowait() {
        CpuSampler.MachineTicks before = CpuSampler.MachineTicks.parse("cpu  1000 0 500 8000 500 0 0 0 0 0");
        CpuSampler.MachineTicks after = CpuSampler.MachineTicks.parse("cpu  1600 0 700 8150 550 0 0 0 0 0");

        // 1000 ticks passed: 800 busy (user 600 + system 200), 200 idle or waiting.
        assertThat(after.busyShareSince(before)).isEqualTo(80.0);
        assertThat(before.busy()).isEqualTo(1500);
    }

    @Test
    void aRunMeasuresThisJvmAndTheWallClock() throws Exception {
        CpuSampler sampler = new CpuSampler();
        Thread.sleep(250);

        CpuSampler.Usage usage = sampler.stop();

        assertThat(usage.wall().toMillis()).isGreaterThanOrEqualTo(250);
        assertThat(usage.server().isNegative()).isFalse();
        assertThat(usage.clients()).isZero();
        assertThat(sampler.stop()).isSameAs(usage);
    }
}
