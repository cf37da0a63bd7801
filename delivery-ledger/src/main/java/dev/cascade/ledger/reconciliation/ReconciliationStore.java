package dev.cascade.ledger.reconciliation;

import dev.cascade.telesign.status.ReferenceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reconciliation's reads and writes besides the reports themselves; each call is its own short transaction. */
public interface ReconciliationStore {

    /** Pending messages due for a lookup: never looked up first (oldest send first), then least recently looked up. */
    List<DueMessage> due(DueSelection selection);

    /** Remembers a lookup on the message's row, so it is not looked up again too soon. */
    void noteLookup(ReferenceId referenceId, Instant at, LookupResult result);

    void record(ReconciliationRun run);

    /** The cluster's most recent run, whichever node ran it. */
    Optional<ReconciliationRun> lastRun();
}
