package dev.cascade.ledger.rollup;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code outcome_rollup}: messages sent in one UTC hour with the same type, origin, calling
 * code, outcome, RCS failure code and fallback time. Unknown values are {@code ""} (type, calling code) or
 * {@code 0} (codes, fallback time), so that every dimension can be part of the primary key.
 *
 * <p>The type and the calling code may also be {@link #ANY}: such a row counts the messages of every type
 * (or code) — the same messages as the rows it sums, kept ready so that a report filtered by neither reads
 * a few rows per hour instead of one per type and country ({@link #rolledUp()}).
 *
 * @param rcsFailureCode the RCS channel's status code when it is a failure (3056, 3055, ...), else 0
 */
public record OutcomeCell(Instant hour, String messageType, Origin origin, String callingCode, Outcome outcome,
                          int rcsFailureCode, int fallbackTimeSeconds) implements Comparable<OutcomeCell> {

    /** The type or calling code of a row that counts every type or calling code. */
    public static final String ANY = "*";

    /** The order rows are written in, the same in every transaction: locks are taken in it (no deadlock). */
    private static final Comparator<OutcomeCell> ORDER = Comparator.comparing(OutcomeCell::messageType)
            .thenComparing(OutcomeCell::callingCode)
            .thenComparing(OutcomeCell::hour)
            .thenComparing(cell -> cell.origin().name())
            .thenComparing(cell -> cell.outcome().name())
            .thenComparingInt(OutcomeCell::rcsFailureCode)
            .thenComparingInt(OutcomeCell::fallbackTimeSeconds);

    public OutcomeCell {
        Period.HOUR.requireStart(hour);
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(callingCode, "callingCode");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Every row that counts a message of this (exact) cell: itself, any type, any calling code, and both. */
    public List<OutcomeCell> rolledUp() {
        if (messageType.equals(ANY) || callingCode.equals(ANY)) {
            throw new IllegalStateException("already a total: " + this);
        }
        return List.of(this, keyed(ANY, callingCode), keyed(messageType, ANY), keyed(ANY, ANY));
    }

    private OutcomeCell keyed(String type, String code) {
        return new OutcomeCell(hour, type, origin, code, outcome, rcsFailureCode, fallbackTimeSeconds);
    }

    @Override
    public int compareTo(OutcomeCell other) {
        return ORDER.compare(this, other);
    }
}
