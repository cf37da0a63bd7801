package dev.cascade.sending.reconciliation;

import dev.cascade.ledger.reconciliation.DueSelection;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which messages reconciliation looks up, how often, and how it backs off, from {@code cascade.reconcile.*}
 * (docs/operations.md). The rules in one place, each with its unit test.
 *
 * @param enabled             whether the schedule runs at all (an operator can still run it)
 * @param minAge              a message is looked up once it has been pending this long after its send: callbacks
 *                            normally come within seconds, a fallback within its {@code fallback_time} (at most
 *                            an hour), and Telesign re-sends a failed callback for under a minute
 * @param window              only messages sent within this are looked up: Telesign forgets a reference id 12
 *                            hours after the send (404), so looking further back only costs requests
 * @param repeatAfter         a message still pending after a lookup is not looked up again before this
 * @param interval            how often the cluster runs it; zero: only when an operator asks
 * @param maxLookups          lookups per run at most: a bound on the requests one run makes
 * @param maxConsecutiveFails this many failed lookups in a row (Telesign down, timeouts) end the run
 * @param backoff             the pause after a 429 that names no {@code Retry-After}; doubles with every run in a
 *                            row that a 429 stops
 * @param maxBackoff          the longest pause the doubling reaches (a {@code Retry-After} longer still is obeyed)
 * @param lease               how long a run holds the job without renewing it
 */
public record ReconciliationPolicy(boolean enabled, Duration minAge, Duration window, Duration repeatAfter, Duration interval,
                                   int maxLookups, int maxConsecutiveFails, Duration backoff, Duration maxBackoff,
                                   Duration lease) {

    /** Telesign keeps a reference id for 12 hours after the send (PROTOCOL.md): a status lookup after that is a 404. */
    public static final Duration TELESIGN_WINDOW = Duration.ofHours(12);
    static final int MAX_LOOKUPS = 100_000;
    /** Nodes look this often (a quarter of the interval), so the cluster runs the job close to every interval. */
    private static final int CHECKS_PER_INTERVAL = 4;
    private static final Duration MIN_CHECK = Duration.ofSeconds(1);

    public ReconciliationPolicy {
        positive("cascade.reconcile.window-seconds", window);
        if (window.compareTo(TELESIGN_WINDOW) > 0) {
            throw new IllegalArgumentException("cascade.reconcile.window-seconds must be at most " + TELESIGN_WINDOW.toSeconds()
                    + " (Telesign forgets reference ids after 12 hours), was " + window.toSeconds());
        }
        if (minAge == null || minAge.isNegative() || minAge.compareTo(window) >= 0) {
            throw new IllegalArgumentException("cascade.reconcile.min-age-seconds must be 0 or more and below the window ("
                    + window.toSeconds() + " s), was " + (minAge == null ? null : minAge.toSeconds()));
        }
        notNegative("cascade.reconcile.repeat-seconds", repeatAfter);
        notNegative("cascade.reconcile.interval-seconds", interval);
        if (maxLookups < 1 || maxLookups > MAX_LOOKUPS) {
            throw new IllegalArgumentException("cascade.reconcile.max-lookups must be 1 to " + MAX_LOOKUPS + ", was " + maxLookups);
        }
        if (maxConsecutiveFails < 1) {
            throw new IllegalArgumentException("cascade.reconcile.max-consecutive-failures must be at least 1, was " + maxConsecutiveFails);
        }
        positive("cascade.reconcile.backoff-seconds", backoff);
        positive("cascade.reconcile.max-backoff-seconds", maxBackoff);
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("cascade.reconcile.max-backoff-seconds (" + maxBackoff.toSeconds()
                    + ") is below cascade.reconcile.backoff-seconds (" + backoff.toSeconds() + ")");
        }
        positive("cascade.jobs.lease-seconds", lease);
    }

    private static void positive(String setting, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, was " + (value == null ? null : value.toSeconds()));
        }
    }

    private static void notNegative(String setting, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(setting + " must be 0 or more, was " + (value == null ? null : value.toSeconds()));
        }
    }

    /** What a run starting at {@code now} looks up: sent within the window but at least {@code minAge} ago, not looked up lately. */
    public DueSelection selection(Instant now) {
        return new DueSelection(now.minus(window), now.minus(minAge), now.minus(repeatAfter), maxLookups);
    }

    /** Whether the schedule runs at all. */
    public boolean scheduled() {
        return enabled && !interval.isZero();
    }

    /** How often each node asks whether the job is due. */
    public Duration checkEvery() {
        Duration quarter = interval.dividedBy(CHECKS_PER_INTERVAL);
        return quarter.compareTo(MIN_CHECK) < 0 ? MIN_CHECK : quarter;
    }

    /**
     * Whether the cluster is still pausing after a 429 at {@code now}: the last run was stopped by the rate
     * limit and its pause has not run out. An operator's run waits too — it would only meet the 429 again.
     */
    public static boolean paused(Optional<ReconciliationRun> lastRun, Instant now) {
        return lastRun.flatMap(ReconciliationRun::pausedUntil).map(now::isBefore).orElse(false);
    }

    /** How many runs in a row, counting the one just stopped by a 429, the rate limit has stopped. */
    public static int rateLimitedRuns(Optional<ReconciliationRun> lastRun) {
        return lastRun.filter(r -> r.status() == ReconciliationRunStatus.RATE_LIMITED).map(r -> r.rateLimitedRuns() + 1).orElse(1);
    }

    /**
     * The pause after a 429: Telesign's {@code Retry-After} when it is longer, else {@code backoff} doubled for every
     * earlier run in a row the limit stopped, up to {@code maxBackoff}. Telesign's own wait is never shortened.
     *
     * @param rateLimitedRuns runs in a row stopped by a 429, this one included (1 the first time)
     */
    public Duration pauseAfterRateLimit(Optional<Duration> retryAfter, int rateLimitedRuns) {
        int doublings = Math.max(0, Math.min(rateLimitedRuns - 1, 30));
        Duration doubled = backoff.multipliedBy(1L << doublings);
        Duration ours = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
        return retryAfter.filter(theirs -> theirs.compareTo(ours) > 0).orElse(ours);
    }
}
