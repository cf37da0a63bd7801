package dev.cascade.ledger.reporting;

/** How many messages' RCS attempt ended with this status code (3056, 3055, ...), and its meaning. */
public record FailureReason(int code, String meaning, long messages) {
}
