/**
 * What the dashboard asks of the ledger: counts by outcome over time, failure reasons, delivery-time
 * distributions and the fallback-time advice, message search, callback receipts. Answered from
 * aggregates kept as callbacks arrive, so the cost does not grow with the number of messages.
 */
package dev.cascade.ledger.reporting;
