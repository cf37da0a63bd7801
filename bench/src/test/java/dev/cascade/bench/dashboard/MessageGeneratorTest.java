package dev.cascade.bench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.domain.OutcomeRules;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageGeneratorTest {

    private static final Instant END = Instant.parse("2026-11-27T12:00:00Z");
    private static final DataSpec SPEC = new DataSpec(100_000, 90, 7, "2.1", END);
    private final MessageGenerator generator = new MessageGenerator(SPEC);

    @Test
    void theSameIndexGivesTheSameMessage() {
        assertThat(generator.message(4242)).isEqualTo(new MessageGenerator(SPEC).message(4242));
    }

    @Test
    void messagesRiseInTimeWithinTheDays() {
        Instant previous = END.minus(Duration.ofDays(90));
        for (long i = 0; i < SPEC.messages(); i += 997) {
            MessageGenerator.Generated m = generator.message(i);
            assertThat(m.sentAt()).isAfterOrEqualTo(previous).isBefore(END);
            assertThat(m.id()).isEqualTo(i + 1);
            previous = m.sentAt();
        }
    }

    @Test
    void theMixIsTheDemosAndEveryOutcomeIsTheLedgersVerdict() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Set<String> references = new HashSet<>();
        int callbackOnly = 0;
        for (long i = 0; i < SPEC.messages(); i++) {
            MessageGenerator.Generated m = generator.message(i);
            Outcome decided = OutcomeRules.decide(m.channels(), Optional.of(m.events().get(m.events().size() - 1).code()),
                    m.requested()).outcome();
            assertThat(m.verdict().outcome()).isEqualTo(decided);
            assertThat(m.deliveredAt().isPresent()).isEqualTo(decided == Outcome.DELIVERED_RCS
                    || decided == Outcome.DELIVERED_SMS_FALLBACK || decided == Outcome.DELIVERED_OTHER);
            assertThat(references.add(m.referenceId())).isTrue();
            assertThat(m.phoneNumber().map(String::length).orElse(11)).isBetween(11, 15);
            outcomes.merge(decided, 1, Integer::sum);
            if (m.origin() == Origin.CALLBACK) {
                callbackOnly++;
                assertThat(m.messageType()).isEmpty();
            }
        }
        double n = SPEC.messages();
        assertThat(outcomes.get(Outcome.DELIVERED_RCS) / n).isBetween(0.52, 0.58);
        assertThat(outcomes.get(Outcome.DELIVERED_SMS_FALLBACK) / n).isBetween(0.35, 0.42);
        assertThat(outcomes.get(Outcome.FAILED) / n).isBetween(0.01, 0.06);
        assertThat(outcomes.get(Outcome.LIKELY_DELIVERED) / n).isBetween(0.005, 0.03);
        assertThat(outcomes.get(Outcome.DELIVERED_OTHER) / n).isBetween(0.002, 0.01);
        assertThat(outcomes.get(Outcome.PENDING)).isPositive();
        assertThat(callbackOnly / n).isBetween(0.01, 0.03);
    }

    @Test
    void onlyRecentMessagesArePending() {
        for (long i = 0; i < SPEC.messages(); i += 7) {
            MessageGenerator.Generated m = generator.message(i);
            if (m.verdict().outcome() == Outcome.PENDING) {
                assertThat(Duration.between(m.sentAt(), END)).isLessThan(Duration.ofHours(3));
            }
        }
    }

    @Test
    void aReportCarriesEachChannelsLatestStatusSoFar() {
        MessageGenerator.Generated m = generator.message(12);
        var report = m.report(m.events().size() - 1);
        assertThat(report.referenceId().value()).isEqualTo(m.referenceId());
        assertThat(report.channels()).hasSize(m.channels().size());
        assertThat(report.status().orElseThrow().code()).isEqualTo(m.events().get(m.events().size() - 1).code());
    }

    @Test
    void refusesAnIndexOutsideTheDataSet() {
        assertThatThrownBy(() -> generator.message(SPEC.messages())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataSpec(0, 90, 1, "2", END)).isInstanceOf(IllegalArgumentException.class);
    }
}
