/**
 * Cascade's Telesign protocol library: what Cascade sends to Telesign's omnichannel API and what it
 * hears back (responses, status lookups, signed delivery callbacks). Plain Java, no server needed.
 */
package dev.cascade.telesign;
