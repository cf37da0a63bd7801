/**
 * The omnichannel send request: which channels to try in order (RCS with a fallback time, then SMS),
 * what each channel shows, validation of every field before anything leaves the machine, and the
 * exact JSON Telesign expects on the wire.
 */
package dev.cascade.telesign.message;
