/**
 * {@code ./cascade bench faults}: the ingestion benchmark's load, with things breaking for real while it
 * runs — WildFly killed, PostgreSQL restarted — and two nodes on one database; then the ledger is checked
 * callback by callback.
 */
package dev.cascade.bench.faults;
