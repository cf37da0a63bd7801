/**
 * What happens to an accepted message: the handset decides the channels' fate, a timeline of
 * delivery reports is planned, and the reports are posted as signed callbacks on a (compressible) clock.
 */
package dev.cascade.simulator.delivery;
