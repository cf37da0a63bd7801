/**
 * Reconciliation: messages still pending a while after they were sent are looked up at Telesign
 * ({@code GET /v1/omnichannel/{reference_id}}, within its 12-hour window) in case their callbacks were lost, and
 * what Telesign says is applied like a callback, marked "reconciled"; one node of the cluster at a time, pausing
 * when Telesign's rate limit answers 429. Here, beside the Telesign client it calls; the ledger keeps the rest.
 */
package dev.cascade.sending.reconciliation;
