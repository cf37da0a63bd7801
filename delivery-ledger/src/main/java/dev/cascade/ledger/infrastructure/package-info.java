/**
 * The ledger on JPA (Hibernate) and Flyway: entities that never leave this package, the batch writer
 * that applies callbacks under row locks, queries that return views, the schema migrations.
 */
package dev.cascade.ledger.infrastructure;
