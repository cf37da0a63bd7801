package dev.cascade.ledger.application;

import java.util.List;

/**
 * The ledger's write side. Every method is one transaction: when it returns, what it wrote is
 * committed; when it throws, nothing of it was.
 */
public interface DeliveryLedger {

    /**
     * Applies reports in one transaction, idempotently and order-proof: the ledger ends the same
     * whatever the order and repetition of reports. Safe to call concurrently from many threads and
     * nodes: rows of a message are locked while its reports are applied.
     *
     * @return one result per report, in the same order
     */
    List<ApplyResult> apply(List<IncomingReport> reports);

    /** Records a callback that was refused; the messages, channels and history are not touched. */
    long recordRejected(RejectedCallback rejected);

    /** Records a send Cascade made, creating or completing the message's row. */
    void recordSend(SendRecord send);
}
