package dev.cascade.ledger.retention;

/** How a retention run ended. Every batch is its own transaction: what a stopped run deleted stays deleted. */
public enum RunStatus {
    COMPLETED,
    /** A batch failed (the database, most likely); the next run carries on. */
    FAILED,
    /** The lease expired and another node took the job: this run stopped before its next batch. */
    LEASE_LOST,
    /** The server was shutting down. */
    INTERRUPTED
}
