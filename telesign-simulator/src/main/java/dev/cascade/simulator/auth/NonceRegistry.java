package dev.cascade.simulator.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TSA nonces seen recently. Telesign rejects a nonce used before, so a captured request cannot be
 * replayed; a nonce only needs remembering while a request carrying it could still pass the date
 * check, i.e. for the staleness window on either side of now.
 */
public final class NonceRegistry {

    private final Map<String, Instant> forgetAt = new ConcurrentHashMap<>();
    private final Duration memory;
    private volatile Instant nextSweep = Instant.MIN;

    /** @param maxClockSkew how far a request's date may be from now; nonces are kept twice that long */
    public NonceRegistry(Duration maxClockSkew) {
        this.memory = Objects.requireNonNull(maxClockSkew, "maxClockSkew").multipliedBy(2);
    }

    /** Records the nonce; false if it was already used within the window. */
    public boolean firstUse(String nonce, Instant now) {
        sweep(now);
        Instant until = now.plus(memory);
        Instant previous = forgetAt.putIfAbsent(nonce, until);
        if (previous == null) {
            return true;
        }
        // Remembered but past its time: a fresh use, unless another thread claims it first.
        return previous.isBefore(now) && forgetAt.replace(nonce, previous, until);
    }

    public int size() {
        return forgetAt.size();
    }

    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plusSeconds(60);
        forgetAt.entrySet().removeIf(e -> e.getValue().isBefore(now));
    }
}
