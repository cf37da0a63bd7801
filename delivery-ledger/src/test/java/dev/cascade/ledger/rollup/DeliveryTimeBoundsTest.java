package dev.cascade.ledger.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The delivery-time histogram's buckets: (previous bound, bound], the last one open. */
class DeliveryTimeBoundsTest {

    @ParameterizedTest(name = "{0} ms is in the bucket up to {1} ms")
    @CsvSource({
            "0, 1000",
            "1, 1000",
            "1000, 1000",      // bounds are inclusive
            "1001, 2000",
            "6500, 8000",
            "10000, 10000",
            "599999, 600000",
            "600000, 600000",
            "600001, 720000",
            "3600000, 3600000",
    })
    void aTimeFallsInTheFirstBucketWhoseBoundIsNotBelowIt(long millis, long upTo) {
        assertThat(DeliveryTimeBounds.upToMillis(Duration.ofMillis(millis))).isEqualTo(upTo);
    }

    @Test
    void aMicrosecondPastABoundIsInTheNextBucket() {
        assertThat(DeliveryTimeBounds.upToMillis(Duration.ofSeconds(10).plusNanos(1000))).isEqualTo(12_000);
    }

    @Test
    void moreThanAnHourIsTheOpenBucket() {
        assertThat(DeliveryTimeBounds.upToMillis(Duration.ofSeconds(3600).plusMillis(1))).isEqualTo(DeliveryTimeBounds.OPEN);
        assertThat(DeliveryTimeBounds.upTo(DeliveryTimeBounds.OPEN)).isEmpty();
    }

    @Test
    void theBoundsAscendAndEndWithTheOpenBucket() {
        assertThat(DeliveryTimeBounds.allUpToMillis()).isSorted().hasSize(DeliveryTimeBounds.SECONDS.size() + 1)
                .endsWith(DeliveryTimeBounds.OPEN).startsWith(1000L);
        assertThat(DeliveryTimeBounds.SECONDS).as("the fallback times people use are bounds")
                .contains(30, 60, 120, 300, 600, 900, 1800, 3600);
    }
}
