package dev.cascade.ledger.application;

import dev.cascade.telesign.status.ReferenceId;
import java.util.Optional;

/** The ledger's read side. */
public interface LedgerQueries {

    Optional<MessageView> message(ReferenceId referenceId);
}
