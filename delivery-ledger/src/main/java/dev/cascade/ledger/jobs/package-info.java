/**
 * Background jobs that must run once per cluster, not once per node: a lease row per job in the shared
 * database decides which node runs it, and spaces scheduled runs across all nodes.
 */
package dev.cascade.ledger.jobs;
