package dev.cascade.ledger.reconciliation;

/** What one status lookup of a message came to, as its row in {@code message} remembers it. */
public enum LookupResult {
    /** Telesign answered with the message's status; the ledger applied it. */
    FOUND,
    /** 404: Telesign does not know the reference id (they expire 12 hours after the send). */
    NOT_FOUND,
    /** No usable answer (5xx, timeout, unreadable body): the message is tried again on a later run. */
    FAILED
}
