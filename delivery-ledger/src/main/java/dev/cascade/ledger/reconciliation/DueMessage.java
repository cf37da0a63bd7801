package dev.cascade.ledger.reconciliation;

import dev.cascade.telesign.status.ReferenceId;
import java.time.Instant;
import java.util.Objects;

/** A pending message due for a status lookup, and how often it was looked up before. */
public record DueMessage(ReferenceId referenceId, Instant sentAt, int lookups) {

    public DueMessage {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
