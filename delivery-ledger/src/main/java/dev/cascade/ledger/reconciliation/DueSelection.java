package dev.cascade.ledger.reconciliation;

import java.time.Instant;
import java.util.Objects;

/**
 * Which pending messages a run looks up: sent between {@code sentAfter} (Telesign forgets reference ids 12 hours
 * after the send) and {@code sentBefore} (younger ones may still get their callbacks), and not looked up since
 * {@code lookedUpBefore}; those never looked up first (oldest send first), then the least recently looked up; at
 * most {@code limit}.
 */
public record DueSelection(Instant sentAfter, Instant sentBefore, Instant lookedUpBefore, int limit) {

    public DueSelection {
        Objects.requireNonNull(sentAfter, "sentAfter");
        Objects.requireNonNull(sentBefore, "sentBefore");
        Objects.requireNonNull(lookedUpBefore, "lookedUpBefore");
        if (sentBefore.isBefore(sentAfter)) {
            throw new IllegalArgumentException("an empty window: sent after " + sentAfter + " but before " + sentBefore);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
