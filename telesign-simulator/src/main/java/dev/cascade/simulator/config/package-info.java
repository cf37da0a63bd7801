/** MicroProfile Config settings (all with defaults) and the one place that wires the simulator together. */
package dev.cascade.simulator.config;
