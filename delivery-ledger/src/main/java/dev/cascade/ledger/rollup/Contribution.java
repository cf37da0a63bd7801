package dev.cascade.ledger.rollup;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one message counts in the aggregates: its {@link OutcomeCell} and, when it was delivered as RCS or
 * by SMS fallback with a known delivery time, its {@link DeliveryTimeCell} — each with the rows that total
 * it ({@link OutcomeCell#rolledUp()}). A message's contribution changes when a callback changes its
 * outcome, RCS status, delivery time or (for a message only seen in callbacks) its send time; the ledger
 * then moves it from the old rows to the new.
 *
 * @param outcome      the message's exact outcome cell
 * @param deliveryTime its exact (hourly) delivery-time cell, when timed
 */
public record Contribution(OutcomeCell outcome, Optional<DeliveryTimeCell> deliveryTime) {

    public Contribution {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deliveryTime, "deliveryTime");
    }

    public static Contribution of(MessageFacts facts) {
        Instant hour = Period.HOUR.startOf(facts.sentAt());
        // A type literally named "*" would be taken for the total of all types: count it as unknown.
        String type = facts.messageType().filter(t -> !t.equals(OutcomeCell.ANY)).orElse("");
        String callingCode = facts.callingCode().orElse("");
        int rcsFailure = facts.rcsStatus().filter(code -> code.kind() == StatusKind.FAILED).map(StatusCode::value).orElse(0);
        OutcomeCell cell = new OutcomeCell(hour, type, facts.origin(), callingCode, facts.outcome(), rcsFailure,
                facts.fallbackTimeSeconds().orElse(0));
        Optional<DeliveryTimeCell> time = path(facts.outcome()).flatMap(path -> facts.deliveredAt().map(delivered ->
                new DeliveryTimeCell(Period.HOUR, hour, type, facts.origin(), callingCode, path,
                        DeliveryTimeBounds.upToMillis(Duration.between(facts.sentAt(), delivered)))));
        return new Contribution(cell, time);
    }

    /** Every outcome row the message counts in. */
    public List<OutcomeCell> outcomeRows() {
        return outcome.rolledUp();
    }

    /** Every delivery-time row the message counts in (none when it is not timed). */
    public List<DeliveryTimeCell> deliveryTimeRows() {
        return deliveryTime.map(DeliveryTimeCell::rolledUp).orElse(List.of());
    }

    /** The delivery path an outcome measures; none for outcomes without a comparable delivery time. */
    public static Optional<DeliveryPath> path(Outcome outcome) {
        return switch (outcome) {
            case DELIVERED_RCS -> Optional.of(DeliveryPath.RCS);
            case DELIVERED_SMS_FALLBACK -> Optional.of(DeliveryPath.SMS_FALLBACK);
            case DELIVERED_OTHER, LIKELY_DELIVERED, FAILED, PENDING -> Optional.empty();
        };
    }
}
