package dev.cascade.ledger.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import dev.cascade.telesign.status.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which aggregate cells a message counts in, from what the ledger stores of it. */
class ContributionTest {

    private static final Instant SENT = Instant.parse("2031-03-10T14:37:12.345678Z");
    private static final Instant HOUR = Instant.parse("2031-03-10T14:00:00Z");

    private static MessageFacts facts(Outcome outcome, Optional<Integer> rcsCode, Optional<Duration> deliveredAfter) {
        return new MessageFacts(SENT, Optional.of("MKT"), Origin.CASCADE, Optional.of("351"), outcome,
                rcsCode.map(StatusCode::of), OptionalInt.of(600), deliveredAfter.map(SENT::plus));
    }

    @Test
    void anRcsDeliveryCountsInItsSendHourAndInTheRcsHistogram() {
        Contribution contribution = Contribution.of(facts(Outcome.DELIVERED_RCS, Optional.of(3005), Optional.of(Duration.ofMillis(4200))));

        assertThat(contribution.outcome())
                .isEqualTo(new OutcomeCell(HOUR, "MKT", Origin.CASCADE, "351", Outcome.DELIVERED_RCS, 0, 600));
        assertThat(contribution.deliveryTime())
                .contains(new DeliveryTimeCell(Period.HOUR, HOUR, "MKT", Origin.CASCADE, "351", DeliveryPath.RCS, 5000));
    }

    @Test
    void aMessageAlsoCountsInTheTotalsForAnyTypeAndAnyCallingCode() {
        Contribution contribution = Contribution.of(facts(Outcome.DELIVERED_RCS, Optional.of(3000), Optional.of(Duration.ofSeconds(3))));

        assertThat(contribution.outcomeRows()).extracting(OutcomeCell::messageType, OutcomeCell::callingCode)
                .containsExactlyInAnyOrder(tuple("MKT", "351"), tuple("*", "351"), tuple("MKT", "*"), tuple("*", "*"));
        assertThat(contribution.outcomeRows()).extracting(OutcomeCell::outcome).containsOnly(Outcome.DELIVERED_RCS);
    }

    @Test
    void aTimedDeliveryCountsInItsHourAndItsDayWithTheirTotals() {
        Contribution contribution = Contribution.of(facts(Outcome.DELIVERED_RCS, Optional.of(3000), Optional.of(Duration.ofSeconds(3))));

        assertThat(contribution.deliveryTimeRows()).hasSize(8).doesNotHaveDuplicates()
                .extracting(DeliveryTimeCell::period, DeliveryTimeCell::start)
                .containsOnly(tuple(Period.HOUR, HOUR), tuple(Period.DAY, Instant.parse("2031-03-10T00:00:00Z")));
        assertThat(contribution.deliveryTimeRows()).extracting(DeliveryTimeCell::upToMillis).containsOnly(3000L);
    }

    @Test
    void aTypeNamedLikeTheTotalCountsAsUnknown() {
        MessageFacts starred = new MessageFacts(SENT, Optional.of("*"), Origin.CASCADE, Optional.of("1"), Outcome.PENDING,
                Optional.empty(), OptionalInt.empty(), Optional.empty());

        assertThat(Contribution.of(starred).outcome().messageType()).isEmpty();
        assertThat(Contribution.of(starred).outcomeRows()).doesNotHaveDuplicates();
    }

    @Test
    void anSmsFallbackKeepsTheRcsFailureCodeAndMeasuresTheFallbackWaitToo() {
        Contribution contribution = Contribution.of(facts(Outcome.DELIVERED_SMS_FALLBACK, Optional.of(3056),
                Optional.of(Duration.ofSeconds(607))));

        assertThat(contribution.outcome().rcsFailureCode()).isEqualTo(3056);
        assertThat(contribution.deliveryTime()).map(DeliveryTimeCell::path).contains(DeliveryPath.SMS_FALLBACK);
        assertThat(contribution.deliveryTime()).map(DeliveryTimeCell::upToMillis).contains(720_000L);
    }

    @ParameterizedTest(name = "RCS {0}")
    @ValueSource(ints = {3001, 3002, 3000, 3005, 3004, 3007, 9999})
    void anRcsStatusThatIsNotAFailureCountsAsNoFailureCode(int code) {
        assertThat(Contribution.of(facts(Outcome.PENDING, Optional.of(code), Optional.empty())).outcome().rcsFailureCode()).isZero();
    }

    @ParameterizedTest(name = "RCS {0}")
    @ValueSource(ints = {3003, 3033, 3055, 3056, 3073, 3400})
    void anRcsFailureCountsItsCodeWhateverTheOutcome(int code) {
        assertThat(Contribution.of(facts(Outcome.FAILED, Optional.of(code), Optional.empty())).outcome().rcsFailureCode())
                .isEqualTo(code);
        assertThat(Contribution.of(facts(Outcome.PENDING, Optional.of(code), Optional.empty())).outcome().rcsFailureCode())
                .isEqualTo(code);
    }

    @Test
    void unknownTypeCallingCodeAndFallbackTimeAreEmptyAndZero() {
        MessageFacts callbackOnly = new MessageFacts(SENT, Optional.empty(), Origin.CALLBACK, Optional.empty(), Outcome.PENDING,
                Optional.empty(), OptionalInt.empty(), Optional.empty());

        assertThat(Contribution.of(callbackOnly).outcome())
                .isEqualTo(new OutcomeCell(HOUR, "", Origin.CALLBACK, "", Outcome.PENDING, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"DELIVERED_OTHER", "LIKELY_DELIVERED", "FAILED", "PENDING"})
    void onlyRcsAndSmsFallbackDeliveriesAreTimed(Outcome outcome) {
        assertThat(Contribution.of(facts(outcome, Optional.empty(), Optional.of(Duration.ofSeconds(3)))).deliveryTime()).isEmpty();
    }

    @Test
    void aDeliveryWithoutADeliveryTimeIsNotTimed() {
        assertThat(Contribution.of(facts(Outcome.DELIVERED_RCS, Optional.of(3000), Optional.empty())).deliveryTime()).isEmpty();
    }

    @Test
    void aReceiptStampedBeforeTheSendCountsAsInstantDelivery() {
        Contribution contribution = Contribution.of(facts(Outcome.DELIVERED_RCS, Optional.of(3000), Optional.of(Duration.ofSeconds(-2))));

        assertThat(contribution.deliveryTime()).map(DeliveryTimeCell::upToMillis).contains(1000L);
    }

    @Test
    void theLastMicrosecondOfAnHourStillCountsInThatHour() {
        Instant last = Instant.parse("2031-03-10T14:59:59.999999Z");
        MessageFacts facts = new MessageFacts(last, Optional.empty(), Origin.TEST, Optional.empty(), Outcome.PENDING,
                Optional.empty(), OptionalInt.empty(), Optional.empty());

        assertThat(Contribution.of(facts).outcome().hour()).isEqualTo(HOUR);
    }
}
