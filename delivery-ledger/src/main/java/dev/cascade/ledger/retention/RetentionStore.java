package dev.cascade.ledger.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * Retention's deletes, each one batch in its own short transaction, oldest rows first, so a batch locks
 * only rows ingestion no longer writes, and what a run deleted stays deleted if it stops.
 */
public interface RetentionStore {

    /** Deletes the bodies (not the rows) of at most {@code limit} receipts received before {@code before}. */
    int deleteBodies(Instant before, Instant deletedAt, int limit);

    /** Deletes at most {@code limit} whole receipts received before {@code before}. */
    int deleteReceipts(Instant before, int limit);

    /** Deletes at most {@code limit} status history rows received before {@code before}. */
    int deleteHistory(Instant before, int limit);

    void record(RetentionRun run);

    /** The cluster's most recent run, whichever node ran it. */
    Optional<RetentionRun> lastRun();
}
