/**
 * The ledger's rules, free of persistence: which of two statuses of a channel stands
 * ({@link dev.cascade.ledger.domain.StatusPrecedence}) and what a message's outcome is
 * ({@link dev.cascade.ledger.domain.OutcomeRules}). Pure functions, exhaustively unit-tested.
 */
package dev.cascade.ledger.domain;
