package dev.cascade.ledger.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a node may take a job: the one place that decides it, whatever database holds the lease. */
public final class LeaseRules {

    /** Job names are the lease table's key ({@code job_lease.name}). */
    public static final int MAX_JOB_NAME = 64;

    private LeaseRules() {
    }

    /**
     * A job may be taken when nobody holds it — never held, released, or its holder stopped renewing and
     * the lease ran out — and, for a scheduled run, when no node started it within {@code spacing}. An
     * operator's run (no spacing) still waits for a live holder: two runs at once are what the lease prevents.
     */
    public static boolean mayTake(LeaseState state, Instant now, Optional<Duration> spacing) {
        boolean held = state.holder().isPresent() && state.expiresAt().map(now::isBefore).orElse(false);
        boolean due = spacing.isEmpty() || state.lastStartedAt().map(last -> !now.isBefore(last.plus(spacing.get()))).orElse(true);
        return !held && due;
    }

    /** Checks a job's name and a lease's length before they reach the database. */
    public static void check(String job, Duration duration) {
        if (job == null || job.isBlank() || job.length() > MAX_JOB_NAME) {
            throw new IllegalArgumentException("a job's name must be 1 to " + MAX_JOB_NAME + " characters, was " + job);
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a lease must last a positive time, was " + duration);
        }
    }
}
