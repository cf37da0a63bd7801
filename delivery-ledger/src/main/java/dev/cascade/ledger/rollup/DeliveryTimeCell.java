package dev.cascade.ledger.rollup;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.reporting.DeliveryPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code delivery_time_rollup}: messages sent in one UTC hour or day ({@code period}), with the
 * same type, origin and calling code, delivered on {@code path} within the histogram bucket ending at
 * {@code upToMillis} ({@link DeliveryTimeBounds#OPEN} for the open last bucket). Type and calling code may
 * be {@link OutcomeCell#ANY}, as in {@link OutcomeCell}.
 */
public record DeliveryTimeCell(Period period, Instant start, String messageType, Origin origin, String callingCode,
                               DeliveryPath path, long upToMillis) implements Comparable<DeliveryTimeCell> {

    private static final Comparator<DeliveryTimeCell> ORDER = Comparator.comparing(DeliveryTimeCell::messageType)
            .thenComparing(DeliveryTimeCell::callingCode)
            .thenComparing(DeliveryTimeCell::period)
            .thenComparing(DeliveryTimeCell::start)
            .thenComparing(cell -> cell.origin().name())
            .thenComparing(cell -> cell.path().name())
            .thenComparingLong(DeliveryTimeCell::upToMillis);

    public DeliveryTimeCell {
        Objects.requireNonNull(period, "period");
        period.requireStart(start);
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(callingCode, "callingCode");
        Objects.requireNonNull(path, "path");
        if (!DeliveryTimeBounds.isBound(upToMillis)) {
            throw new IllegalArgumentException("not a histogram bound: " + upToMillis);
        }
    }

    /**
     * Every row that counts a message of this (exact, hourly) cell: its hour and its day, each for its type
     * and calling code, any type, any calling code, and both.
     */
    public List<DeliveryTimeCell> rolledUp() {
        if (period != Period.HOUR || messageType.equals(OutcomeCell.ANY) || callingCode.equals(OutcomeCell.ANY)) {
            throw new IllegalStateException("already a total: " + this);
        }
        List<DeliveryTimeCell> cells = new ArrayList<>(8);
        for (Period grain : Period.values()) {
            for (String type : List.of(messageType, OutcomeCell.ANY)) {
                for (String code : List.of(callingCode, OutcomeCell.ANY)) {
                    cells.add(new DeliveryTimeCell(grain, grain.startOf(start), type, origin, code, path, upToMillis));
                }
            }
        }
        return cells;
    }

    @Override
    public int compareTo(DeliveryTimeCell other) {
        return ORDER.compare(this, other);
    }
}
