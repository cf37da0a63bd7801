/**
 * A stand-in for Telesign's omnichannel API: it answers {@code POST /v1/omnichannel} and status lookups
 * like Telesign and posts signed delivery callbacks like Telesign, so Cascade runs and is tested
 * without Telesign.
 */
package dev.cascade.simulator;
