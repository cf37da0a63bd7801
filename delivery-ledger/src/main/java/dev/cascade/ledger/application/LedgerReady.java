package dev.cascade.ledger.application;

/**
 * Fired (CDI event) once the ledger's schema is migrated at start-up: background work that writes to
 * the ledger starts on it, never before.
 */
public record LedgerReady(String schemaVersion) {
}
