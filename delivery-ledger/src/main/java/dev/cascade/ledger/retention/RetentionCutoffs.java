package dev.cascade.ledger.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A run's cutoffs: data received before each is deleted; empty where that kind is kept. */
public record RetentionCutoffs(Optional<Instant> bodiesBefore, Optional<Instant> receiptsBefore, Optional<Instant> historyBefore) {

    public RetentionCutoffs {
        Objects.requireNonNull(bodiesBefore, "bodiesBefore");
        Objects.requireNonNull(receiptsBefore, "receiptsBefore");
        Objects.requireNonNull(historyBefore, "historyBefore");
    }
}
