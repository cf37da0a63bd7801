package dev.cascade.simulator.delivery;

import java.time.Duration;

/** Durations as the settings write them: seconds, fractions allowed ({@code 0.5}). */
public final class Seconds {

    private Seconds() {
    }

    public static Duration of(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("a duration in seconds is a number >= 0, was " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000d));
    }

    public static Duration parse(String seconds) {
        try {
            return of(Double.parseDouble(seconds.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + seconds.trim() + "' is not a number of seconds", e);
        }
    }
}
