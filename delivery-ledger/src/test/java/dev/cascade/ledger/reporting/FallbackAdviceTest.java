package dev.cascade.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fallback-time advisor: the smallest setting catching 90/95/99 % of RCS deliveries, and its cost. */
class FallbackAdviceTest {

    private static final List<Integer> BOUNDS = List.of(1, 2, 5, 10, 20, 30, 40, 60, 120, 300, 600, 3600);

    /** A histogram over {@link #BOUNDS} plus the open bucket, from counts in that order. */
    private static DeliveryTimes rcs(long... counts) {
        List<DeliveryTimes.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BOUNDS.size(); i++) {
            buckets.add(new DeliveryTimes.Bucket(Optional.of(Duration.ofSeconds(BOUNDS.get(i))), counts[i]));
        }
        buckets.add(new DeliveryTimes.Bucket(Optional.empty(), counts[BOUNDS.size()]));
        return DeliveryTimes.of(DeliveryPath.RCS, buckets);
    }

    @Test
    void eachShareGetsTheFirstBoundWhereTheDeliveriesReachIt() {
        //                       1  2  5 10 20 30 40 60 120 300 600 3600 open
        DeliveryTimes times = rcs(0, 0, 0, 0, 0, 0, 85, 5, 4, 3, 2, 1, 0);

        FallbackAdvice advice = FallbackAdvice.of(times, Optional.of(Duration.ofSeconds(600)), 40);

        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::percent).containsExactly(90, 95, 99);
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::fallbackTime)
                .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(600));
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::rcsMissed).containsExactly(10L, 3L, 1L);
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::waitSavedPerSms)
                .containsExactly(Optional.of(Duration.ofSeconds(540)), Optional.of(Duration.ofSeconds(300)), Optional.empty());
        assertThat(advice.smsFallbackMessages()).isEqualTo(40);
    }

    @Test
    void neverBelowThirtySecondsTelesignsMinimum() {
        DeliveryTimes fast = rcs(100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        FallbackAdvice advice = FallbackAdvice.of(fast, Optional.of(Duration.ofSeconds(120)), 3);

        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::fallbackTime).containsOnly(Duration.ofSeconds(30));
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::rcsMissed).containsOnly(0L);
        assertThat(advice.suggestions().get(0).waitSavedPerSms()).contains(Duration.ofSeconds(90));
    }

    @Test
    void neverAboveAnHourTelesignsMaximumEvenWhenThatMissesMore() {
        DeliveryTimes slow = rcs(50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50);

        FallbackAdvice advice = FallbackAdvice.of(slow, Optional.empty(), 0);

        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::fallbackTime).containsOnly(Duration.ofSeconds(3600));
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::rcsMissed).containsOnly(50L);
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::waitSavedPerSms).containsOnly(Optional.empty());
    }

    @Test
    void exactlyTheShareIsEnough() {
        //                        1  2  5 10 20 30 40 60 120 300 600 3600 open
        DeliveryTimes times = rcs(0, 0, 0, 0, 0, 0, 90, 10, 0, 0, 0, 0, 0);

        assertThat(FallbackAdvice.of(times, Optional.empty(), 0).suggestions().get(0).fallbackTime()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void noRcsDeliveryNoAdvice() {
        assertThat(FallbackAdvice.of(rcs(new long[13]), Optional.of(Duration.ofSeconds(600)), 12).suggestions()).isEmpty();
    }
}
