package dev.cascade.simulator.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a callback is sent again after a non-2xx answer or a connection failure. Telesign documents
 * this for SMS callbacks — about 4 tries, waiting 5, 10 and 15 s in between — and the simulator does
 * the same for omnichannel ones.
 *
 * @param waits the wait before the 2nd, 3rd, ... attempt (simulated time: compressed like every delay)
 */
public record RetrySchedule(List<Duration> waits) {

    public static final RetrySchedule TELESIGN = new RetrySchedule(
            List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15)));

    public RetrySchedule {
        waits = List.copyOf(waits);
        if (waits.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry wait cannot be negative");
        }
    }

    /** Seconds separated by commas ({@code 5,10,15}); empty means a single attempt. */
    public static RetrySchedule parse(String seconds) {
        List<Duration> waits = new ArrayList<>();
        for (String part : seconds.split(",")) {
            if (!part.isBlank()) {
                waits.add(Seconds.parse(part));
            }
        }
        return new RetrySchedule(waits);
    }

    /** Attempts in total, the first included. */
    public int attempts() {
        return waits.size() + 1;
    }

    /** The wait after failed attempt number {@code attempt} (1-based), or empty: give up. */
    public Optional<Duration> waitAfter(int attempt) {
        return attempt >= 1 && attempt <= waits.size() ? Optional.of(waits.get(attempt - 1)) : Optional.empty();
    }
}
