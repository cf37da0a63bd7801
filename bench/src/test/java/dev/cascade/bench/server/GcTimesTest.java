package dev.cascade.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GcTimesTest {

    /** jstat -gc of JDK 17 (G1), as printed by the JDK this runs on. */
    private static final String JSTAT = """
                S0C         S1C         S0U         S1U          EC           EU           OC           OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT
                0.0      4096.0         0.0      4096.0     253952.0     118784.0     266240.0     154112.5   118528.0   116226.9   14080.0   13262.3     42     0.812     1     0.105     6     0.044     0.961
            """;

    @Test
    void pausesAreYoungPlusFullAndTheConcurrentTimeIsApart() {
        GcTimes times = GcTimes.parse(JSTAT);

        assertThat(times.pauses()).isEqualTo(Duration.ofMillis(917));
        assertThat(times.concurrent()).isEqualTo(Duration.ofMillis(44));
        assertThat(times.collections()).isEqualTo(43);
        assertThat(times.heapUsedKiB()).isEqualTo(4096 + 118784 + 154112);
    }

    @Test
    void aRunIsTheDifferenceOfTwoReadings() {
        GcTimes before = GcTimes.parse(JSTAT);
        GcTimes after = GcTimes.parse(JSTAT.replace("0.812", "1.812").replace("     42  ", "     52  "));

        GcTimes run = after.since(before);

        assertThat(run.pauses()).isEqualTo(Duration.ofSeconds(1));
        assertThat(run.collections()).isEqualTo(10);
    }
}
