package dev.cascade.ledger.application;

/** What became of a received callback. */
public enum ReceiptVerdict {
    /** It told the ledger something new. */
    APPLIED,
    /** Everything in it was already known (a re-sent or replayed callback). */
    DUPLICATE,
    /** Not accepted: bad signature, unreadable body... Nothing in the ledger changed. */
    REJECTED
}
