package dev.cascade.ledger.retention;

/** Why a retention run started. */
public enum RunTrigger {
    /** The cluster-wide schedule: due an interval after any node last started it. */
    SCHEDULE,
    /** An operator (or a test) asked for it now; still never at the same time as another run. */
    OPERATOR
}
