package dev.cascade.simulator.delivery;

import java.time.Duration;

/**
 * How much faster than reality the simulator plays: every simulated delay and callback retry wait
 * is divided by the factor. With 300, a 600 s {@code fallback_time} passes in 2 s.
 *
 * <p>Only the waiting is compressed. The timestamps inside the callbacks stay in simulated time
 * (accepted-at plus the uncompressed offset), so what Cascade's analytics see is a realistic 600 s
 * fallback even when the demo runs it in 2 s — those timestamps run ahead of the wall clock.
 */
public record TimeCompression(double factor) {

    public static final TimeCompression NONE = new TimeCompression(1);

    public TimeCompression {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the time compression is a positive factor (1 = real time), was " + factor);
        }
    }

    /** The real time to wait for {@code simulated} time to pass. */
    public Duration toReal(Duration simulated) {
        return Duration.ofNanos(Math.round(simulated.toNanos() / factor));
    }
}
