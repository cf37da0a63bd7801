package dev.cascade.ledger.application;

/** Where the ledger learned of a message first, or who sent it. */
public enum Origin {
    /** Sent by Cascade (the traffic Cascade was integrated for). */
    CASCADE,
    /** A test send from the dashboard. */
    TEST,
    /** Not sent by Cascade: only seen in Telesign's callbacks. */
    CALLBACK
}
