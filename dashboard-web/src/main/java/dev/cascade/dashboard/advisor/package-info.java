/** The fallback-time advisor: what RCS delivery times say about the {@code fallback_time} to use. */
package dev.cascade.dashboard.advisor;
