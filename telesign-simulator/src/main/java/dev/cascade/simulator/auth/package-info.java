/** Telesign's request authentication checked from the receiving side: HTTP Basic and the TSA digest. */
package dev.cascade.simulator.auth;
