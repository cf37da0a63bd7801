package dev.cascade.telesign.client;

import java.time.Duration;

/** Waits between attempts; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
