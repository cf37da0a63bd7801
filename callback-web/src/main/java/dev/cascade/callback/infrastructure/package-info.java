/** Deployment-time plumbing: schema migration at start-up, configuration of the Telesign account. */
package dev.cascade.callback.infrastructure;
