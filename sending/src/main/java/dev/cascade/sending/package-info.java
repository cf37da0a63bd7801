/**
 * Cascade's sending side inside the server: the Telesign client as configured for this installation,
 * and sending a message so that the ledger knows it was Cascade's (its callbacks then join it).
 */
package dev.cascade.sending;
