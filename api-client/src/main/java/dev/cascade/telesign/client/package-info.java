/**
 * The HTTP client for Telesign's omnichannel API: sending, status lookups, typed errors by category,
 * and retries that can never send a message twice.
 */
package dev.cascade.telesign.client;
