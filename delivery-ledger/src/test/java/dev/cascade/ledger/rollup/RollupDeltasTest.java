package dev.cascade.ledger.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.status.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A batch's changes to the aggregates: added up per cell, cancelled changes dropped, cells in one order.
 * Applied batch after batch, they must leave exactly the recount of the messages' current states.
 */
class RollupDeltasTest {

    private static final Instant T = Instant.parse("2031-03-10T14:10:00Z");

    private static Contribution contribution(Outcome outcome, Instant sentAt, Optional<Duration> deliveredAfter) {
        return Contribution.of(new MessageFacts(sentAt, Optional.of("MKT"), Origin.CASCADE, Optional.of("1"), outcome,
                Optional.of(StatusCode.of(outcome == Outcome.DELIVERED_RCS ? 3000 : 3001)), OptionalInt.of(600),
                deliveredAfter.map(sentAt::plus)));
    }

    @Test
    void callbacksOfOneBatchForTheSameCellAddUpToOneChange() {
        RollupDeltas deltas = new RollupDeltas();
        for (int i = 0; i < 5; i++) {
            deltas.move(Optional.of(contribution(Outcome.PENDING, T.plusSeconds(i), Optional.empty())),
                    contribution(Outcome.DELIVERED_RCS, T.plusSeconds(i), Optional.of(Duration.ofSeconds(3))));
        }

        // four rows (the cell and its totals) lose five messages, four gain them
        assertThat(deltas.outcomes()).hasSize(8).containsValues(-5L, 5L);
        assertThat(deltas.outcomes().values()).filteredOn(delta -> delta == -5L).hasSize(4);
        assertThat(deltas.deliveryTimes()).hasSize(8).containsValue(5L);
    }

    @Test
    void aMessageThatEndsWhereItStartedChangesNothing() {
        RollupDeltas deltas = new RollupDeltas();
        Contribution pending = contribution(Outcome.PENDING, T, Optional.empty());

        deltas.move(Optional.of(pending), pending);

        assertThat(deltas.isEmpty()).isTrue();
    }

    @Test
    void aNewMessageOnlyEntersItsCell() {
        RollupDeltas deltas = new RollupDeltas();

        deltas.move(Optional.empty(), contribution(Outcome.PENDING, T, Optional.empty()));

        assertThat(deltas.outcomes()).hasSize(4).containsEntry(contribution(Outcome.PENDING, T, Optional.empty()).outcome(), 1L)
                .containsValues(1L);
    }

    @Test
    void cellsComeOutInTheirNaturalOrder() {
        RollupDeltas deltas = new RollupDeltas();
        for (int hour : new int[] {5, 1, 3}) {
            deltas.move(Optional.empty(), contribution(Outcome.PENDING, T.plus(Duration.ofHours(hour)), Optional.empty()));
        }

        assertThat(List.copyOf(deltas.outcomes().keySet())).isSorted().hasSize(12);
    }

    // --- property: incremental deltas equal a recount -------------------------------------------------

    /** One message of a batch (by index; the first change of an index creates it) and its state after. */
    record Change(int message, MessageFacts after) {
    }

    @Provide
    Arbitrary<MessageFacts> facts() {
        Arbitrary<Instant> sent = Arbitraries.integers().between(0, 4).map(h -> T.plus(Duration.ofMinutes(50L * h)));
        Arbitrary<Outcome> outcome = Arbitraries.of(Outcome.class);
        Arbitrary<Optional<StatusCode>> rcs = Arbitraries.of(3000, 3001, 3056, 3055).map(StatusCode::of).optional();
        Arbitrary<Optional<Duration>> delivered = Arbitraries.integers().between(-2, 4000).map(s -> Duration.ofSeconds(s)).optional();
        Arbitrary<Origin> origin = Arbitraries.of(Origin.class);
        return Combinators.combine(sent, outcome, rcs, delivered, origin).as((s, o, r, d, or) ->
                new MessageFacts(s, Optional.of("OTP"), or, Optional.of("44"), o, r, OptionalInt.of(300), d.map(s::plus)));
    }

    @Provide
    Arbitrary<List<List<Change>>> batches() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.integers().between(0, 7), facts()).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(10).list().ofMaxSize(12);
    }

    @Property
    void batchAfterBatchTheAggregatesEqualARecountOfTheMessages(@ForAll("batches") List<List<Change>> batches) {
        Map<Integer, MessageFacts> messages = new HashMap<>();
        Map<OutcomeCell, Long> outcomes = new TreeMap<>();
        Map<DeliveryTimeCell, Long> times = new TreeMap<>();
        for (List<Change> batch : batches) {
            // As the ledger does: each message's state before the batch, then after all of the batch.
            Map<Integer, Optional<Contribution>> before = new HashMap<>();
            for (Change change : batch) {
                before.computeIfAbsent(change.message(), m -> Optional.ofNullable(messages.get(m)).map(Contribution::of));
                messages.put(change.message(), change.after());
            }
            RollupDeltas deltas = new RollupDeltas();
            before.forEach((message, was) -> deltas.move(was, Contribution.of(messages.get(message))));
            deltas.outcomes().forEach((cell, delta) -> outcomes.merge(cell, delta, Long::sum));
            deltas.deliveryTimes().forEach((cell, delta) -> times.merge(cell, delta, Long::sum));
        }
        outcomes.values().removeIf(count -> count == 0);
        times.values().removeIf(count -> count == 0);

        Map<OutcomeCell, Long> recountedOutcomes = new TreeMap<>();
        Map<DeliveryTimeCell, Long> recountedTimes = new TreeMap<>();
        for (MessageFacts facts : new ArrayList<>(messages.values())) {
            Contribution contribution = Contribution.of(facts);
            contribution.outcomeRows().forEach(cell -> recountedOutcomes.merge(cell, 1L, Long::sum));
            contribution.deliveryTimeRows().forEach(cell -> recountedTimes.merge(cell, 1L, Long::sum));
        }
        assertThat(outcomes).isEqualTo(recountedOutcomes);
        assertThat(times).isEqualTo(recountedTimes);
    }
}
