package dev.cascade.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code cascade.dashboard.login.max-failures} (default 5) failed
 * sign-ins for a username, or {@code cascade.dashboard.login.max-failures-per-address} (default 20)
 * from one address, further attempts are refused — before the password is even checked — for
 * {@code cascade.dashboard.login.lockout-seconds} (default 300). Counting the address stops one
 * client trying many names; counting the name stops many clients trying one. An address gets more
 * room than a name because colleagues behind one proxy share it. In memory, per node.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    @Inject
    @ConfigProperty(name = "cascade.dashboard.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "cascade.dashboard.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "cascade.dashboard.login.lockout-seconds", defaultValue = "300")
    long lockoutSeconds;

    @Inject
    Clock clock;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(user(username), now) || locked(address(address), now);
    }

    public void failed(String username, String address) {
        count(user(username), maxFailures);
        count(address(address), maxFailuresPerAddress);
    }

    public void succeeded(String username, String address) {
        failures.remove(user(username));
        failures.remove(address(address));
    }

    private boolean locked(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        if (failures.size() > 10_000) {
            // Guessing with endless made-up names must not grow memory without bound.
            failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
        }
        failures.compute(key, (k, f) -> {
            int count = f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil())) ? 1 : f.count() + 1;
            return new Failures(count, count >= limit ? now.plus(Duration.ofSeconds(lockoutSeconds)) : null);
        });
    }

    private static String user(String username) {
        return "user:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
