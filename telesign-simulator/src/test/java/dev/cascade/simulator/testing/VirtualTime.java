package dev.cascade.simulator.testing;

import dev.cascade.simulator.delivery.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A clock and a scheduler in one, for tests: nothing waits for real; {@link #runAll()} runs every
 * scheduled task in due order, moving the clock to each task's time, and every requested delay is kept.
 */
public final class VirtualTime implements Scheduler {

    private record Task(Instant due, long sequence, Runnable body) {
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
    private final List<Duration> delays = new ArrayList<>();
    private Instant now;
    private long sequence;

    public VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void schedule(Runnable task, Duration delay) {
        delays.add(delay);
        queue.add(new Task(now.plus(delay), sequence++, task));
    }

    /** Runs tasks (and the tasks they schedule) until none is left. */
    public void runAll() {
        runUntil(Instant.MAX);
    }

    /** Runs the tasks due up to {@code until}, then sets the clock there (if it is not the end of time). */
    public void runUntil(Instant until) {
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due().isAfter(until)) {
                    break;
                }
                queue.poll();
                if (next.due().isAfter(now)) {
                    now = next.due();
                }
            }
            next.body().run();
        }
        if (!until.equals(Instant.MAX) && until.isAfter(now)) {
            now = until;
        }
    }

    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    /** Every delay ever asked for, in the order asked. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
