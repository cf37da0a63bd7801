package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.ReferenceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The messages a status lookup can find, in memory. Like Telesign's, a reference id is forgotten
 * 12 hours (the retention, real time) after acceptance; and so that a long demo cannot exhaust
 * memory, the oldest messages go first once there are more than the cap.
 */
public final class MessageStore {

    private final Map<ReferenceId, SimulatedMessage> messages = new ConcurrentHashMap<>();
    /** Oldest first: acceptance order is expiry order. */
    private final Queue<SimulatedMessage> byAge = new ConcurrentLinkedQueue<>();
    private final Duration retention;
    private final int capacity;

    public MessageStore(Duration retention, int capacity) {
        this.retention = Objects.requireNonNull(retention, "retention");
        if (capacity < 1) {
            throw new IllegalArgumentException("the store must hold at least one message");
        }
        this.capacity = capacity;
    }

    public void add(SimulatedMessage message, Instant now) {
        messages.put(message.referenceId(), message);
        byAge.add(message);
        purge(now);
    }

    public Optional<SimulatedMessage> find(ReferenceId referenceId, Instant now) {
        SimulatedMessage message = messages.get(referenceId);
        return message == null || expired(message, now) ? Optional.empty() : Optional.of(message);
    }

    /** Forgets what has expired, and the oldest beyond the cap. */
    public synchronized void purge(Instant now) {
        for (SimulatedMessage oldest = byAge.peek(); oldest != null && (expired(oldest, now) || messages.size() > capacity);
             oldest = byAge.peek()) {
            byAge.poll();
            messages.remove(oldest.referenceId(), oldest);
        }
    }

    public int size() {
        return messages.size();
    }

    private boolean expired(SimulatedMessage message, Instant now) {
        return !now.isBefore(message.acceptedAt().plus(retention));
    }
}
