/** Telesign's published rules for an omnichannel request, each mapped to the status code Telesign answers. */
package dev.cascade.simulator.validation;
