package dev.cascade.ledger.application;

import dev.cascade.telesign.status.ReferenceId;
import java.util.Optional;

/** The ledger's read side. */
public interface LedgerQueries {

    Optional<MessageView> message(ReferenceId referenceId);

    /** How many receipts came from {@code source} (e.g. whether the demo history was back-filled). */
    long receiptCount(ReportSource source);
}
