/** Finding messages and following one through its channels: search, detail with timelines, JSON view. */
package dev.cascade.dashboard.messages;
