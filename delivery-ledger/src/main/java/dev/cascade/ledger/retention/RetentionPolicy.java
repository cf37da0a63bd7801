package dev.cascade.ledger.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What retention deletes and how it works, from {@code cascade.retention.*} (docs/operations.md). An age of
 * 0 days keeps that kind of data forever.
 *
 * @param bodyDays    raw callback bodies older than this are deleted; the receipt row (time, verdict, reason,
 *                    reference id, size) stays, so the callbacks page and its counts stay true
 * @param receiptDays whole receipt rows older than this are deleted (0: kept)
 * @param historyDays status history rows older than this are deleted (0: kept). History is how the ledger
 *                    recognises a re-sent callback: a re-send of a status whose row is gone is taken as news
 *                    (verdict APPLIED, the row comes back) — the channel rows, outcome and counts do not change,
 *                    because a channel keeps the highest status it has ever seen.
 * @param batchSize   rows per transaction: short transactions hold row locks only briefly
 * @param interval    how often the cluster runs it; zero: only when an operator asks
 * @param lease       how long a run holds the job without renewing (it renews before every batch)
 */
public record RetentionPolicy(int bodyDays, int receiptDays, int historyDays, int batchSize, Duration interval, Duration lease) {

    /** Beyond a century an age is a typing error, and the cutoff would leave the databases' time range. */
    static final int MAX_DAYS = 36_500;
    static final int MAX_BATCH = 100_000;
    /** Nodes look this often (a quarter of the interval) so the cluster runs the job close to every interval. */
    private static final int CHECKS_PER_INTERVAL = 4;
    private static final Duration MIN_CHECK = Duration.ofMinutes(1);

    public RetentionPolicy {
        days("cascade.retention.body-days", bodyDays);
        days("cascade.retention.receipt-days", receiptDays);
        days("cascade.retention.history-days", historyDays);
        if (receiptDays > 0 && bodyDays > receiptDays) {
            throw new IllegalArgumentException("cascade.retention.body-days (" + bodyDays + ") is longer than "
                    + "cascade.retention.receipt-days (" + receiptDays + "): receipts would be deleted with the bodies "
                    + "meant to be kept; set body-days to at most receipt-days, or receipt-days to 0 to keep receipts");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("cascade.retention.batch-size must be 1 to " + MAX_BATCH + ", was " + batchSize);
        }
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("cascade.retention.interval-minutes must be 0 (operator runs only) or more, was " + interval);
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("cascade.jobs.lease-seconds must be positive, was " + lease);
        }
    }

    private static void days(String setting, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(setting + " must be 0 (keep forever) or a number of days up to " + MAX_DAYS
                    + ", was " + days);
        }
    }

    /** What a run starting at {@code now} deletes: everything received before each cutoff. */
    public RetentionCutoffs cutoffs(Instant now) {
        return new RetentionCutoffs(before(now, bodyDays), before(now, receiptDays), before(now, historyDays));
    }

    private static Optional<Instant> before(Instant now, int days) {
        return days == 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(days)));
    }

    /** Whether the schedule runs at all: an interval, and something to delete. */
    public boolean scheduled() {
        return !interval.isZero() && (bodyDays > 0 || receiptDays > 0 || historyDays > 0);
    }

    /** How often each node asks whether the job is due. */
    public Duration checkEvery() {
        Duration quarter = interval.dividedBy(CHECKS_PER_INTERVAL);
        return quarter.compareTo(MIN_CHECK) < 0 ? MIN_CHECK : quarter;
    }
}
