/** Receiving a callback: verification, parsing, and the group-commit queue that writes to the ledger. */
package dev.cascade.callback.application;
