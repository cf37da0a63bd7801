package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A message Telesign (the simulator) is working on: its planned timeline and how far it has got.
 * Thread-safe: the playback advances it while status lookups read it.
 *
 * @see Switchboard
 */
public final class SimulatedMessage {

    private final ReferenceId referenceId;
    private final URI callbackUrl;
    private final Instant acceptedAt;
    private final Timeline timeline;
    private final AtomicInteger reached = new AtomicInteger();

    /** @param acceptedAt real (wall-clock) time of acceptance; the playback counts from it */
    public SimulatedMessage(ReferenceId referenceId, URI callbackUrl, Instant acceptedAt, Timeline timeline) {
        this.referenceId = Objects.requireNonNull(referenceId, "referenceId");
        this.callbackUrl = Objects.requireNonNull(callbackUrl, "callbackUrl");
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
    }

    public ReferenceId referenceId() {
        return referenceId;
    }

    public URI callbackUrl() {
        return callbackUrl;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** What a status lookup shows now: the latest step played (the first, 3001, until then). */
    public DeliveryReport current() {
        return timeline.step(reached.get()).report();
    }

    /** The index of the latest step played. */
    public int reached() {
        return reached.get();
    }

    void reach(int step) {
        reached.accumulateAndGet(step, Math::max);
    }

    @Override
    public String toString() {
        return "SimulatedMessage[" + referenceId + ", step " + reached.get() + "/" + timeline.size() + "]";
    }
}
