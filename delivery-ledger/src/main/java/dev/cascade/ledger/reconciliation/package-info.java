/**
 * Reconciliation's side of the ledger: which pending messages are due for a status lookup at Telesign, what
 * came of each lookup, and the record of every run. The job that calls Telesign lives with the Telesign client
 * ({@code dev.cascade.sending.reconciliation}); what it learns enters the ledger by the same
 * {@link dev.cascade.ledger.application.DeliveryLedger#apply} as a callback, marked
 * {@link dev.cascade.ledger.application.ReportSource#RECONCILED}.
 */
package dev.cascade.ledger.reconciliation;
