/**
 * Delivery callbacks from Telesign's Transaction Callback Service: the one implementation of their
 * signature (signing for the simulator, verifying for the callback endpoint and the CLI).
 */
package dev.cascade.telesign.callback;
