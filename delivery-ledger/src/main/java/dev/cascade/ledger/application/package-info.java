/**
 * What the rest of Cascade asks of the ledger: apply delivery reports, record sends and rejected
 * callbacks, read a message back. Records in, records out; entities stay inside the ledger.
 */
package dev.cascade.ledger.application;
