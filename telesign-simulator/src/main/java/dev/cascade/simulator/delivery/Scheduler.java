package dev.cascade.simulator.delivery;

import java.time.Duration;

/**
 * Runs a task after a real-time delay. In the server a managed executor; in tests a virtual clock
 * that runs everything at once, in order, and remembers the waits.
 */
public interface Scheduler {

    void schedule(Runnable task, Duration delay);
}
