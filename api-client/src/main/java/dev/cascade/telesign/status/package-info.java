/**
 * What Telesign reports about a message: status codes and what they mean, reference ids, the
 * per-channel statuses of a delivery report, and Telesign's many timestamp formats. Delivery
 * callbacks and status lookups share this model.
 */
package dev.cascade.telesign.status;
