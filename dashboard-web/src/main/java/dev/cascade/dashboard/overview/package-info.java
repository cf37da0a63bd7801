/** The overview page: tiles, charts with their tables and CSV, and the filters that drive them. */
package dev.cascade.dashboard.overview;
