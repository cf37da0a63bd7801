package dev.cascade.dashboard.testsend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code cascade.dashboard.test-sends-per-minute} (default 10) test sends per user in any
 * sixty seconds, on this node: a guard against double clicks and scripts, not a billing control.
 */
@ApplicationScoped
public class TestSendLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "cascade.dashboard.test-sends-per-minute", defaultValue = "10")
    int perMinute;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();

    /** Takes a slot for {@code user}; empty when allowed, else how long to wait. */
    public Optional<Duration> acquire(String user) {
        Instant now = clock.instant();
        Deque<Instant> times = sends.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
