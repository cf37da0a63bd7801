package dev.cascade.ledger.reconciliation;

/** How a reconciliation run ended. Each lookup is applied in its own transaction: what a stopped run learned stays. */
public enum ReconciliationRunStatus {
    COMPLETED,
    /** Telesign answered 429: the run stopped, and no node looks anything up before the run's {@code pausedUntil}. */
    RATE_LIMITED,
    /** Telesign refused the credentials, did not answer several lookups in a row, or the database failed. */
    FAILED,
    /** The lease expired and another node took the job: this run stopped before its next lookup. */
    LEASE_LOST,
    /** The server was shutting down. */
    INTERRUPTED
}
