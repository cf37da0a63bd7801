package dev.cascade.ledger.rollup;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The signed change a batch makes to each aggregate row: every message it touched leaves the rows it
 * counted in before and enters those it counts in after (its cells and their totals). Many callbacks of a batch touch the same cells
 * (same hour, same outcome), so the batch writes each cell once; cells whose changes cancel out are not
 * written at all. Cells come out in their natural order, the order every transaction writes (and so locks)
 * them in.
 */
public final class RollupDeltas {

    private final SortedMap<OutcomeCell, Long> outcomes = new TreeMap<>();
    private final SortedMap<DeliveryTimeCell, Long> deliveryTimes = new TreeMap<>();

    /**
     * A message's move: out of {@code before} (absent for a message that did not exist before this
     * transaction) and into {@code after}.
     */
    public void move(Optional<Contribution> before, Contribution after) {
        before.ifPresent(contribution -> change(contribution, -1));
        change(after, +1);
    }

    private void change(Contribution contribution, long by) {
        contribution.outcomeRows().forEach(cell -> merge(outcomes, cell, by));
        contribution.deliveryTimeRows().forEach(cell -> merge(deliveryTimes, cell, by));
    }

    private static <K> void merge(Map<K, Long> deltas, K cell, long by) {
        deltas.merge(cell, by, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** The outcome cells that change, in write order; never a zero. */
    public SortedMap<OutcomeCell, Long> outcomes() {
        return Collections.unmodifiableSortedMap(outcomes);
    }

    /** The delivery-time cells that change, in write order; never a zero. */
    public SortedMap<DeliveryTimeCell, Long> deliveryTimes() {
        return Collections.unmodifiableSortedMap(deliveryTimes);
    }

    public boolean isEmpty() {
        return outcomes.isEmpty() && deliveryTimes.isEmpty();
    }
}
