/**
 * The dashboard's aggregates, free of persistence: which rows of {@code outcome_rollup} and
 * {@code delivery_time_rollup} a message counts in — its own cell and the totals for any type and any calling
 * code, by hour (and, for delivery times, by day) ({@link dev.cascade.ledger.rollup.Contribution}) — and how
 * the changes of one batch of callbacks add up to one signed count per row
 * ({@link dev.cascade.ledger.rollup.RollupDeltas}).
 */
package dev.cascade.ledger.rollup;
