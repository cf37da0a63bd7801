/**
 * Retention: raw callback bodies (and, if an operator asks, whole receipts and status history) older than
 * a configured age are deleted in short batches by one node of the cluster at a time, and every run is
 * recorded for operators to see.
 */
package dev.cascade.ledger.retention;
