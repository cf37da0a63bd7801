package dev.cascade.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Percentiles read off a histogram: linear within the bucket that holds the rank. */
class PercentilesTest {

    private static DeliveryTimes.Bucket bucket(long upToSeconds, long messages) {
        return new DeliveryTimes.Bucket(Optional.of(Duration.ofSeconds(upToSeconds)), messages);
    }

    private static DeliveryTimes.Bucket open(long messages) {
        return new DeliveryTimes.Bucket(Optional.empty(), messages);
    }

    @Test
    void theMedianIsInterpolatedWithinItsBucket() {
        // 10 messages: 4 in (0,2], 4 in (2,4], 2 in (4,8]. Rank 5 is the first of (2,4]'s four: 2 + 1/4 of 2 s.
        List<DeliveryTimes.Bucket> histogram = List.of(bucket(2, 4), bucket(4, 4), bucket(8, 2), open(0));

        assertThat(Percentiles.of(histogram, 10, 0.5)).contains(Duration.ofMillis(2500));
        assertThat(Percentiles.of(histogram, 10, 0.9)).contains(Duration.ofMillis(6000));
    }

    @Test
    void emptyBucketsAreSkipped() {
        List<DeliveryTimes.Bucket> histogram = List.of(bucket(1, 0), bucket(2, 0), bucket(4, 2), open(0));

        assertThat(Percentiles.of(histogram, 2, 0.5)).contains(Duration.ofSeconds(3));
    }

    @Test
    void aPercentileInTheOpenBucketIsItsLowerBound() {
        List<DeliveryTimes.Bucket> histogram = List.of(bucket(3600, 1), open(9));

        assertThat(Percentiles.of(histogram, 10, 0.5)).contains(Duration.ofSeconds(3600));
    }

    @Test
    void noMessagesNoPercentile() {
        assertThat(Percentiles.of(List.of(bucket(1, 0), open(0)), 0, 0.5)).isEmpty();
    }

    @Test
    void deliveryTimesCarryTheirTotalMedianAndP90() {
        DeliveryTimes times = DeliveryTimes.of(DeliveryPath.RCS, List.of(bucket(2, 4), bucket(4, 4), bucket(8, 2), open(0)));

        assertThat(times.messages()).isEqualTo(10);
        assertThat(times.median()).contains(Duration.ofMillis(2500));
        assertThat(times.p90()).contains(Duration.ofMillis(6000));
        assertThat(DeliveryTimes.of(DeliveryPath.SMS_FALLBACK, List.of(open(0))).median()).isEmpty();
    }
}
