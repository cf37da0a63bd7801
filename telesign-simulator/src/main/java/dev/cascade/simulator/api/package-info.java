/** The HTTP face: thin JAX-RS resources and answers in Telesign's own {@code status} body shape. */
package dev.cascade.simulator.api;
