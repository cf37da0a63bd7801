package dev.cascade.ledger.application;

import dev.cascade.ledger.domain.Outcome;
import java.util.Objects;

/** What applying one report did: its receipt, whether it was news, and the message's outcome after it. */
public record ApplyResult(long receiptId, ReceiptVerdict verdict, Outcome outcome) {

    public ApplyResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(outcome, "outcome");
    }
}
