package dev.cascade.ledger.reporting;

import dev.cascade.ledger.domain.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Messages per outcome; every outcome present (0 when none). */
public record OutcomeCounts(Map<Outcome, Long> byOutcome) {

    public OutcomeCounts {
        EnumMap<Outcome, Long> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, byOutcome.getOrDefault(outcome, 0L));
        }
        byOutcome = Collections.unmodifiableMap(all);
    }

    public static OutcomeCounts none() {
        return new OutcomeCounts(Map.of());
    }

    public long count(Outcome outcome) {
        return byOutcome.get(outcome);
    }

    /** Every message sent in the range, whatever became of it. */
    public long sent() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Confirmed delivered on any channel ({@link Outcome#isDelivered()}). */
    public long delivered() {
        return byOutcome.entrySet().stream().filter(e -> e.getKey().isDelivered()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Share of sent messages, 0 when nothing was sent. */
    public double rate(long count) {
        long sent = sent();
        return sent == 0 ? 0 : (double) count / sent;
    }

    public OutcomeCounts plus(OutcomeCounts other) {
        EnumMap<Outcome, Long> sum = new EnumMap<>(byOutcome);
        other.byOutcome.forEach((outcome, count) -> sum.merge(outcome, count, Long::sum));
        return new OutcomeCounts(sum);
    }
}
