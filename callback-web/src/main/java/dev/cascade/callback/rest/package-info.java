/** The JAX-RS face: thin resources, and errors as {@code application/problem+json}. */
package dev.cascade.callback.rest;
