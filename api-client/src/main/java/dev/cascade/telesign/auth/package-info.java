/**
 * How a request proves it comes from a Telesign account: HTTP Basic or Telesign's TSA digest.
 * Credentials never appear in {@code toString}, logs or exception messages.
 */
package dev.cascade.telesign.auth;
