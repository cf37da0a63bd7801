package dev.cascade.simulator.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How long the simulated world takes, in simulated time: from the start of a channel to its
 * delivery receipt, to a carrier failure, and from delivery to the RCS read receipt.
 *
 * @param rcs        RCS start to RCS 3000 on an RCS-capable handset
 * @param sms        SMS (or any non-RCS channel) start to 3000
 * @param smsFailure SMS start to the carrier failure on an unreachable handset
 * @param read       RCS 3000 to RCS 3005
 * @param spread     each delay varies by up to this fraction either way, the same way every time for
 *                   the same message (0 = exact delays)
 */
public record DeliveryDelays(Duration rcs, Duration sms, Duration smsFailure, Duration read, double spread) {

    public static final DeliveryDelays DEFAULTS = new DeliveryDelays(Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(300), Duration.ofSeconds(60), 0.2);

    public DeliveryDelays {
        for (Duration d : new Duration[] {rcs, sms, smsFailure, read}) {
            if (Objects.requireNonNull(d, "delay").isNegative()) {
                throw new IllegalArgumentException("a delay cannot be negative: " + d);
            }
        }
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("the spread is a fraction from 0 to below 1, was " + spread);
        }
    }

    /** {@code base} varied by the spread, to the millisecond (Telesign's timestamps stop there). */
    Duration vary(Duration base, SplittableRandom random) {
        double factor = 1 + spread * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }
}
