/**
 * The URL operators register with Telesign's Transaction Callback Service: {@code POST /callbacks/telesign}.
 * Verifies the signature, stores the callback in the ledger, and answers 200 only once it is durable.
 */
package dev.cascade.callback;
