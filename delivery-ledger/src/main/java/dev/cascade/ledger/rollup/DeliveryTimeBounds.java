package dev.cascade.ledger.rollup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The histogram of time to delivery: fixed buckets, each holding the messages delivered in
 * ({@code previous bound}, {@code bound}] after being sent. Fine where RCS delivers (seconds) and around
 * the fallback times people use (30 s to an hour), so the fallback-time advisor can read "the smallest
 * {@code fallback_time} that would have caught 95 %" off it. The last bucket is open: more than an hour.
 */
public final class DeliveryTimeBounds {

    /** Every bound, in seconds, ascending. Changing them needs a migration that rebuilds the rollup. */
    public static final List<Integer> SECONDS = List.of(1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 90,
            120, 150, 180, 240, 300, 360, 420, 480, 600, 720, 900, 1200, 1800, 2400, 3600);

    /** The open last bucket's stored "upper bound" ({@code up_to_ms}): larger than any other, so it sorts last. */
    public static final long OPEN = Long.MAX_VALUE;

    private DeliveryTimeBounds() {
    }

    /**
     * The bucket of a time to delivery, by its upper bound in milliseconds. A negative time (a handset
     * receipt stamped before Cascade's send time: the two clocks differ) counts as instant delivery.
     */
    public static long upToMillis(Duration timeToDelivery) {
        for (int bound : SECONDS) {
            if (timeToDelivery.compareTo(Duration.ofSeconds(bound)) <= 0) {
                return bound * 1000L;
            }
        }
        return OPEN;
    }

    /** Every bucket's {@code up_to_ms}, ascending, the open one last. */
    public static List<Long> allUpToMillis() {
        List<Long> all = new ArrayList<>(SECONDS.size() + 1);
        SECONDS.forEach(bound -> all.add(bound * 1000L));
        all.add(OPEN);
        return List.copyOf(all);
    }

    /** The bucket's upper bound as a duration; empty for the open bucket. */
    public static Optional<Duration> upTo(long upToMillis) {
        return upToMillis == OPEN ? Optional.empty() : Optional.of(Duration.ofMillis(upToMillis));
    }

    static boolean isBound(long upToMillis) {
        return upToMillis == OPEN || upToMillis % 1000 == 0 && upToMillis / 1000 <= Integer.MAX_VALUE
                && SECONDS.contains((int) (upToMillis / 1000));
    }
}
