package dev.cascade.ledger.domain;

import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.time.Instant;
import java.util.Comparator;

/**
 * Which of two statuses of the same channel (or of the message as a whole) stands.
 *
 * <p>Statuses are ordered by, in turn: finality (a final status is never reopened by a late
 * intermediate one), time (an older {@code updated_on} never overwrites a newer one), lifecycle rank
 * (read over delivered over likely-delivered over failed, for equal times) and code. The stored
 * status is the maximum of everything received — a join, so the same callbacks in any order, any
 * number of times, leave the same state.
 */
public final class StatusPrecedence {

    /** A status to compare: its code and the time it took effect. */
    public record Candidate(StatusCode code, Instant time) {
    }

    public static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.code().isFinal())
            .thenComparing(Candidate::time)
            .thenComparingInt(c -> rank(c.code().kind()))
            .thenComparing(Candidate::code);

    private StatusPrecedence() {
    }

    /** Whether {@code candidate} replaces {@code current}. Equal statuses do not: re-delivery changes nothing. */
    public static boolean supersedes(Candidate candidate, Candidate current) {
        return ORDER.compare(candidate, current) > 0;
    }

    static int rank(StatusKind kind) {
        return switch (kind) {
            case IN_PROGRESS, UNKNOWN -> 0;
            case FAILED -> 1;
            case LIKELY_DELIVERED -> 2;
            case DELIVERED -> 3;
            case READ -> 4;
        };
    }
}
