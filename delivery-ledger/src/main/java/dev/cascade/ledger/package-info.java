/**
 * The delivery ledger: an exact, queryable record of every message Cascade sent or heard of, every
 * channel's status and its history, and every callback received — the truth the dashboard counts.
 */
package dev.cascade.ledger;
