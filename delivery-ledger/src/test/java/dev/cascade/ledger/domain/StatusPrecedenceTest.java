package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.domain.StatusPrecedence.Candidate;
import dev.cascade.telesign.status.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which of two statuses of one channel the ledger keeps, whatever order the callbacks arrive in. */
class StatusPrecedenceTest {

    private static final Instant T = Instant.parse("2025-03-01T10:10:00Z");

    private static Candidate at(int code, Instant time) {
        return new Candidate(StatusCode.of(code), time);
    }

    private static Candidate at(int code, int secondsAfterT) {
        return at(code, T.plus(Duration.ofSeconds(secondsAfterT)));
    }

    /** The ledger's update: keep what is stored unless the newcomer supersedes it. */
    private static Candidate stored(List<Candidate> arrivals) {
        Candidate current = arrivals.get(0);
        for (Candidate candidate : arrivals.subList(1, arrivals.size())) {
            if (StatusPrecedence.supersedes(candidate, current)) {
                current = candidate;
            }
        }
        return current;
    }

    static Stream<Arguments> finalAndIntermediate() {
        return Stream.of(3000, 3005, 3004, 3003, 3033, 3055, 3056, 3112, 3204).flatMap(
                finalCode -> Stream.of(3001, 3002, 3100, 3306, 3007, 9999).map(open -> Arguments.of(finalCode, open)));
    }

    @ParameterizedTest(name = "{0} an hour before {1}")
    @MethodSource("finalAndIntermediate")
    void finalStatusBeatsIntermediateRegardlessOfTime(int finalCode, int openCode) {
        Candidate earlierFinal = at(finalCode, 0);
        Candidate laterOpen = at(openCode, 3600);

        assertThat(StatusPrecedence.supersedes(earlierFinal, laterOpen)).isTrue();
        assertThat(StatusPrecedence.supersedes(laterOpen, earlierFinal)).isFalse();
    }

    @ParameterizedTest(name = "{0} then {1} a second later")
    @CsvSource({
            "3000, 3005", "3005, 3000", "3056, 3000", "3000, 3056", "3004, 3000", "3033, 3003",
            "3001, 3002", "3002, 3001", "3001, 3007", "3100, 3001",
    })
    void newerBeatsOlderAmongStatusesOfTheSameFinality(int olderCode, int newerCode) {
        Candidate older = at(olderCode, 0);
        Candidate newer = at(newerCode, 1);

        assertThat(StatusPrecedence.supersedes(newer, older)).isTrue();
        assertThat(StatusPrecedence.supersedes(older, newer)).isFalse();
    }

    @Test
    void atEqualTimesReadBeatsDeliveredBeatsLikelyBeatsFailedBeatsInProgress() {
        List<Candidate> ascending = List.of(at(3001, 0), at(3056, 0), at(3004, 0), at(3000, 0), at(3005, 0));
        List<Candidate> shuffled = new ArrayList<>(ascending);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 3);

        shuffled.sort(StatusPrecedence.ORDER);

        assertThat(shuffled).containsExactlyElementsOf(ascending);
        for (int i = 1; i < ascending.size(); i++) {
            assertThat(StatusPrecedence.supersedes(ascending.get(i), ascending.get(i - 1)))
                    .as("%s over %s", ascending.get(i).code(), ascending.get(i - 1).code()).isTrue();
            assertThat(StatusPrecedence.supersedes(ascending.get(i - 1), ascending.get(i))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} and {1} at the same time")
    @CsvSource({"3033, 3056", "3003, 3055", "3001, 3002", "3007, 3001"})
    void equalTimeAndKindAreSettledByCodeSoOneAlwaysStands(int a, int b) {
        Candidate first = at(a, 0);
        Candidate second = at(b, 0);

        assertThat(StatusPrecedence.supersedes(first, second)).isNotEqualTo(StatusPrecedence.supersedes(second, first));
        assertThat(stored(List.of(first, second))).isEqualTo(stored(List.of(second, first)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {3000, 3001, 3002, 3003, 3004, 3005, 3007, 3033, 3056, 3112, 9999})
    void identicalStatusDoesNotSupersedeItself(int code) {
        Candidate status = at(code, 0);
        Candidate resent = at(code, 0);

        assertThat(StatusPrecedence.supersedes(status, status)).isFalse();
        assertThat(StatusPrecedence.supersedes(resent, status)).isFalse();
        assertThat(StatusPrecedence.ORDER.compare(resent, status)).isZero();
    }

    @Test
    void rcsReadAfterDeliveredStandsWhicheverArrivesFirst() {
        Candidate delivered = at(3000, 0);
        Candidate read = at(3005, 45);

        assertThat(stored(List.of(delivered, read))).isEqualTo(read);
        assertThat(stored(List.of(read, delivered))).isEqualTo(read);
        assertThat(stored(List.of(read, delivered, read, delivered))).isEqualTo(read);
    }

    @Test
    void lateInProgressNeverReopensFallbackTimeElapsed() {
        Candidate fallbackTimeElapsed = at(3056, 0);
        Candidate lateInProgress = at(3001, 120);

        assertThat(stored(List.of(fallbackTimeElapsed, lateInProgress))).isEqualTo(fallbackTimeElapsed);
        assertThat(stored(List.of(lateInProgress, fallbackTimeElapsed))).isEqualTo(fallbackTimeElapsed);
    }

    @Test
    void theUsualRcsLifecycleEndsAtItsLastFinalStatusInAnyArrivalOrder() {
        List<Candidate> lifecycle = List.of(at(3001, -600), at(3002, -590), at(3000, 0), at(3005, 300));
        List<Candidate> reversed = new ArrayList<>(lifecycle);
        Collections.reverse(reversed);

        assertThat(stored(lifecycle)).isEqualTo(at(3005, 300));
        assertThat(stored(reversed)).isEqualTo(at(3005, 300));
    }
}
