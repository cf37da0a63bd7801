package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One nested class per rule of {@link OutcomeRules}, in the order the rules are tried, then every status-code
 * family on every kind of channel. A message that tried RCS with a 10-minute fallback time is the usual case:
 * RCS in progress, RCS 3056 after the fallback time, then SMS.
 */
class OutcomeRulesTest {

    static final Channel RCS = Channel.RCS;
    static final Channel SMS = Channel.SMS;
    static final Channel WHATSAPP = Channel.WHATSAPP;

    static final List<Channel> RCS_THEN_SMS = List.of(RCS, SMS);
    static final List<Channel> NOT_SENT_BY_CASCADE = List.of();

    /** Telesign's failures, one of each family: delivery error, carrier results, RCS-specific, account and request errors. */
    static final int[] FAILURES = {3003, 3006, 3030, 3033, 3041, 3042, 3043, 3044, 3053, 3054, 3055, 3056, 3059,
            3072, 3073, 3102, 3112, 3116, 3203, 3204, 3205, 3206, 3207, 3209, 3300, 3400, 3500};
    /** In progress, at the gateway, and the channel/fallback set-up notices Telesign sends while moving along. */
    static final int[] IN_PROGRESS = {3001, 3002, 3100, 3101, 3200, 3202, 3306};
    /** Account and request failures after which Telesign does not cascade: no fallback is waited for. */
    static final int[] ENDING = {3006, 3072, 3073, 3203, 3204, 3205, 3206, 3207, 3209, 3400, 3500};
    /** Codes Telesign does not publish: never final. */
    static final int[] UNKNOWN = {3007, 3029, 3060, 3099, 3600, 9999, 0};

    private static final Instant SENT = Instant.parse("2025-03-01T10:00:00Z");

    static ChannelState state(Channel channel, int code) {
        return state(channel, code, 1);
    }

    static ChannelState state(Channel channel, int code, int minutesAfterSend) {
        return new ChannelState(channel, StatusCode.of(code), SENT.plus(Duration.ofMinutes(minutesAfterSend)), false);
    }

    static ChannelState rcs(int code) {
        return state(RCS, code, 10);
    }

    static ChannelState sms(int code) {
        return state(SMS, code, 11);
    }

    static OutcomeVerdict decide(List<ChannelState> channels, List<Channel> requested) {
        return OutcomeRules.decide(channels, Optional.empty(), requested);
    }

    static OutcomeVerdict decide(List<ChannelState> channels, int overall, List<Channel> requested) {
        return OutcomeRules.decide(channels, Optional.of(StatusCode.of(overall)), requested);
    }

    static IntStream codes(int[]... families) {
        return Stream.of(families).flatMapToInt(IntStream::of);
    }

    @Nested
    class RcsConfirmed {

        @Test
        void rcsDeliveredIsDeliveredAsRcs() {
            OutcomeVerdict verdict = decide(List.of(rcs(3000)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3000", "Delivered");
        }

        @Test
        void rcsReadIsDeliveredAsRcs() {
            OutcomeVerdict verdict = decide(List.of(rcs(3005)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3005", "Read");
        }

        @Test
        void rcsDeliveredAndSmsAlsoDeliveredIsDeliveredAsRcs() {
            OutcomeVerdict verdict = decide(List.of(rcs(3000), sms(3000)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(verdict.channel()).contains(RCS);
        }

        static Stream<Arguments> rcsConfirmationWithAnySmsStatus() {
            return IntStream.of(3000, 3005).boxed().flatMap(rcs -> codes(new int[] {3000, 3005, 3004}, IN_PROGRESS,
                    FAILURES, UNKNOWN).mapToObj(sms -> Arguments.of(rcs, sms)));
        }

        @ParameterizedTest(name = "RCS {0}, SMS {1}")
        @MethodSource("rcsConfirmationWithAnySmsStatus")
        void rcsConfirmationWinsWhateverHappenedOnSms(int rcsCode, int smsCode) {
            assertThat(decide(List.of(rcs(rcsCode), sms(smsCode)), RCS_THEN_SMS).outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(decide(List.of(rcs(rcsCode), sms(smsCode)), NOT_SENT_BY_CASCADE).outcome())
                    .isEqualTo(Outcome.DELIVERED_RCS);
        }

        @Test
        void rcsConfirmationWinsWhateverTheMessageLevelStatusAndRequestedChannels() {
            assertThat(decide(List.of(rcs(3000)), 3056, NOT_SENT_BY_CASCADE).outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(decide(List.of(rcs(3000)), 3001, List.of(RCS)).outcome()).isEqualTo(Outcome.DELIVERED_RCS);
            assertThat(decide(List.of(rcs(3005), state(WHATSAPP, 3000)), List.of(RCS, WHATSAPP)).outcome())
                    .isEqualTo(Outcome.DELIVERED_RCS);
        }
    }

    @Nested
    class SmsFallbackConfirmed {

        @Test
        void smsDeliveredAfterRcsFallbackTimeIsSmsFallback() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3000)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("RCS 3056", "SMS 3000");
        }

        @Test
        void smsDeliveredAfterRcsFallbackTimeIsSmsFallbackEvenWhenCascadeDidNotSendIt() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3000)), NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
            assertThat(verdict.channel()).contains(SMS);
        }

        @ParameterizedTest(name = "RCS {0}, then SMS delivered")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#failures")
        void smsDeliveredAfterAnyRcsFailureIsSmsFallback(int rcsFailure) {
            OutcomeVerdict verdict = decide(List.of(rcs(rcsFailure), sms(3000)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
            assertThat(verdict.reason()).contains("RCS " + rcsFailure, "SMS 3000");
        }

        @Test
        void smsReadAfterRcsFailureIsSmsFallback() {
            assertThat(decide(List.of(rcs(3055), sms(3005)), RCS_THEN_SMS).outcome())
                    .isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
        }

        @Test
        void smsDeliveredWhenRcsWasRequestedFirstButNeverReportedIsSmsFallback() {
            OutcomeVerdict verdict = decide(List.of(sms(3000)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("RCS requested first", "SMS 3000");
        }

        @Test
        void smsDeliveredWhenRcsWasRequestedBeforeSmsButNotRightBeforeItIsSmsFallback() {
            assertThat(decide(List.of(rcs(3056), state(WHATSAPP, 3003, 11), sms(3000)), List.of(RCS, WHATSAPP, SMS))
                    .outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
        }

        @Test
        void smsDeliveredAfterAnRcsStatusIsSmsFallbackWhenCascadeDidNotSendItWhateverTheRcsStatus() {
            assertThat(decide(List.of(rcs(3001), sms(3000)), NOT_SENT_BY_CASCADE).outcome())
                    .isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
            assertThat(decide(List.of(rcs(3073), sms(3000)), NOT_SENT_BY_CASCADE).outcome())
                    .isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
        }

        @Test
        void smsDeliveredWhileRcsStillShowsInProgressIsSmsFallback() {
            // Telesign moves to SMS only once RCS gave up; a missing 3056 callback does not make it "other".
            assertThat(decide(List.of(rcs(3001), sms(3000)), RCS_THEN_SMS).outcome())
                    .isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
        }
    }

    @Nested
    class OtherChannelConfirmed {

        @Test
        void smsOnlySendDeliveredIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(sms(3000)), List.of(SMS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("SMS 3000");
        }

        @Test
        void smsDeliveredWithNoTraceOfRcsIsDeliveredOther() {
            assertThat(decide(List.of(sms(3000)), NOT_SENT_BY_CASCADE).outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
        }

        @Test
        void smsDeliveredWhenSmsWasRequestedBeforeRcsIsDeliveredOther() {
            assertThat(decide(List.of(sms(3000)), List.of(SMS, RCS)).outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
        }

        @Test
        void whatsappDeliveredIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(state(WHATSAPP, 3000)), List.of(WHATSAPP));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(WHATSAPP);
            assertThat(verdict.reason()).contains("WHATSAPP 3000");
        }

        @Test
        void whatsappDeliveredAfterRcsFailedIsDeliveredOtherNotSmsFallback() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), state(WHATSAPP, 3000, 11)), List.of(RCS, WHATSAPP));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(WHATSAPP);
            assertThat(verdict.reason()).contains("3056")
                    .isEqualTo("RCS 3056 (Message failed to deliver in specified fallback time); then WHATSAPP 3000 (Delivered)");
        }

        @Test
        void whatsappDeliveredAfterRcsFailedIsDeliveredOtherWhenCascadeDidNotSendItToo() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), state(WHATSAPP, 3000, 11)), NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(WHATSAPP);
            assertThat(verdict.reason()).containsSubsequence("RCS 3056", "; then WHATSAPP 3000");
        }

        @Test
        void smsDeliveredWhenOnlyRcsWasRequestedIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(sms(3000)), List.of(RCS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).isEqualTo("SMS 3000 (Delivered)");
        }

        @Test
        void smsDeliveredAfterRcsFailedWhenOnlyRcsWasRequestedIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3000)), List.of(RCS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).containsSubsequence("RCS 3056", "; then SMS 3000");
        }

        @Test
        void smsDeliveredAfterRcsFailedWhenSmsWasRequestedBeforeRcsIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3000)), List.of(SMS, RCS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).containsSubsequence("RCS 3056", "SMS 3000");
        }

        @Test
        void smsDeliveredWhenSmsButNotRcsWasRequestedIsDeliveredOtherEvenAfterAnRcsFailure() {
            assertThat(decide(List.of(rcs(3056), sms(3000)), List.of(SMS)).outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
        }

        @Test
        void deliveredOtherIsShownAsDeliveredOtherwise() {
            assertThat(Outcome.DELIVERED_OTHER.label()).isEqualTo("Delivered otherwise");
            assertThat(Outcome.DELIVERED_OTHER.isDelivered()).isTrue();
            assertThat(Outcome.DELIVERED_OTHER.isFinal()).isTrue();
        }

        @Test
        void smsDeliveredAfterWhatsappFailedIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(state(WHATSAPP, 3003, 5), sms(3000)), List.of(WHATSAPP, SMS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).contains(SMS);
        }
    }

    @Nested
    class LikelyDelivered {

        @Test
        void smsWithoutHandsetReceiptAfterRcsFallbackTimeIsLikelyDelivered() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3004)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.LIKELY_DELIVERED);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("SMS 3004");
        }

        @Test
        void smsOnlySendWithoutHandsetReceiptIsLikelyDelivered() {
            assertThat(decide(List.of(sms(3004)), List.of(SMS)).outcome()).isEqualTo(Outcome.LIKELY_DELIVERED);
        }

        @Test
        void rcsWithoutHandsetReceiptIsLikelyDeliveredAndNoFallbackIsAwaited() {
            OutcomeVerdict verdict = decide(List.of(rcs(3004)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.LIKELY_DELIVERED);
            assertThat(verdict.channel()).contains(RCS);
        }

        @Test
        void likelyDeliveredIsFinalButNotCountedAsDelivered() {
            assertThat(Outcome.LIKELY_DELIVERED.isFinal()).isTrue();
            assertThat(Outcome.LIKELY_DELIVERED.isDelivered()).isFalse();
        }
    }

    @Nested
    class ChannelStillOpen {

        @Test
        void rcsInProgressIsPending() {
            OutcomeVerdict verdict = decide(List.of(state(RCS, 3001)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3001");
        }

        @Test
        void smsInProgressAfterRcsFallbackTimeIsPending() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3001)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("SMS 3001");
        }

        @Test
        void unknownCodeIsNeverFinal() {
            OutcomeVerdict verdict = decide(List.of(rcs(3007)), List.of(RCS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3007");
        }

        @ParameterizedTest(name = "RCS 3056, then SMS {0}")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#notFinal")
        void smsNotFinalAfterRcsFailureKeepsTheMessagePending(int smsCode) {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(smsCode)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.reason()).contains("SMS " + smsCode);
        }

        @Test
        void openChannelKeepsTheMessagePendingWhateverTheMessageLevelStatus() {
            assertThat(decide(List.of(rcs(3056), sms(3001)), 3056, NOT_SENT_BY_CASCADE).outcome())
                    .isEqualTo(Outcome.PENDING);
            assertThat(decide(List.of(state(RCS, 3001)), 3003, List.of(RCS)).outcome()).isEqualTo(Outcome.PENDING);
        }
    }

    @Nested
    class EveryChannelFailed {

        @Test
        void rcsFallbackTimeElapsedWithSmsStillToComeIsPending() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3056", "waiting for SMS");
        }

        @Test
        void rcsOnlySendThatFailedIsFailed() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056)), List.of(RCS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3056");
        }

        @Test
        void smsExpiredAfterRcsFallbackTimeIsFailed() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3033)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).as("the last channel tried decides").contains(SMS);
            assertThat(verdict.reason()).contains("RCS 3056", "SMS 3033", "Message expired");
        }

        @Test
        void rcsOnlyCallbacksWithoutMessageLevelStatusAwaitTheSmsFallback() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056)), NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.reason()).contains("RCS 3056", "waiting for SMS");
        }

        @Test
        void rcsOnlyCallbacksWithMessageLevelFailureAreFailed() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056)), 3056, NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS 3056");
        }

        @ParameterizedTest(name = "message-level {0}")
        @ValueSource(ints = {3001, 3002, 3007})
        void rcsOnlyCallbacksWithMessageLevelStatusNotFailedAwaitTheSmsFallback(int overall) {
            assertThat(decide(List.of(rcs(3056)), overall, NOT_SENT_BY_CASCADE).outcome()).isEqualTo(Outcome.PENDING);
        }

        @Test
        void smsFailureWithoutRequestedChannelsIsFailedBecauseNothingFollowsSms() {
            OutcomeVerdict verdict = decide(List.of(sms(3003)), NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(SMS);
        }

        @Test
        void requestedWhatsappAfterRcsIsAwaited() {
            OutcomeVerdict verdict = decide(List.of(rcs(3055)), List.of(RCS, WHATSAPP));

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.reason()).contains("RCS 3055", "waiting for WHATSAPP");
        }

        @Test
        void rcsFallbackTimeElapsedWithRcsThenSmsRequestedIsStillPending() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056)), 3001, List.of(RCS, SMS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.reason()).contains("RCS 3056", "waiting for SMS");
        }

        @Test
        void rcsInsufficientFundsWithSmsStillToComeIsFailed() {
            OutcomeVerdict verdict = decide(List.of(rcs(3073)), List.of(RCS, SMS));

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).startsWith("every channel tried failed").contains("RCS 3073", "Insufficient prepaid funds")
                    .doesNotContain("waiting");
        }

        @Test
        void endingCodesAreTheAccountAndRequestFailures() {
            assertThat(OutcomeRules.ENDS_THE_MESSAGE).containsExactlyInAnyOrderElementsOf(IntStream.of(ENDING).boxed().toList());
            assertThat(OutcomeRules.ENDS_THE_MESSAGE).allMatch(code -> StatusCode.of(code).kind() == StatusKind.FAILED);
        }

        @ParameterizedTest(name = "RCS {0}, SMS requested")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#ending")
        void rcsFailureThatEndsTheMessageAwaitsNoFallback(int rcsCode) {
            OutcomeVerdict verdict = decide(List.of(rcs(rcsCode)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS " + rcsCode);
            assertThat(decide(List.of(rcs(rcsCode)), List.of(RCS, WHATSAPP)).outcome()).isEqualTo(Outcome.FAILED);
        }

        @ParameterizedTest(name = "RCS {0}, callbacks only, message-level {1}")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#endingWithMessageLevelNotFailed")
        void rcsFailureThatEndsTheMessageAwaitsNoFallbackWhenCascadeDidNotSendIt(int rcsCode, Integer overall) {
            OutcomeVerdict verdict = overall == null ? decide(List.of(rcs(rcsCode)), NOT_SENT_BY_CASCADE)
                    : decide(List.of(rcs(rcsCode)), overall, NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(RCS);
        }

        @ParameterizedTest(name = "RCS {0}, SMS requested")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#notEnding")
        void rcsFailureOfTheChannelAwaitsTheRequestedSms(int rcsCode) {
            OutcomeVerdict verdict = decide(List.of(rcs(rcsCode)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).contains(RCS);
            assertThat(verdict.reason()).contains("RCS " + rcsCode, "waiting for SMS");
            assertThat(decide(List.of(rcs(rcsCode)), NOT_SENT_BY_CASCADE).outcome()).isEqualTo(Outcome.PENDING);
        }

        @Test
        void onlyTheLastChannelTriedEndsTheMessage() {
            List<Channel> requested = List.of(RCS, SMS, WHATSAPP);

            OutcomeVerdict endingFirst = decide(List.of(rcs(3204), sms(3033)), requested);
            assertThat(endingFirst.outcome()).as("3204 on RCS, then SMS expired").isEqualTo(Outcome.PENDING);
            assertThat(endingFirst.reason()).contains("waiting for WHATSAPP");

            OutcomeVerdict endingLast = decide(List.of(rcs(3056), sms(3204)), requested);
            assertThat(endingLast.outcome()).as("RCS fallback time, then 3204 on SMS").isEqualTo(Outcome.FAILED);
            assertThat(endingLast.channel()).contains(SMS);
        }

        @Test
        void anOpenChannelStillKeepsTheMessagePendingAfterAnEndingCode() {
            assertThat(decide(List.of(rcs(3073), sms(3001)), RCS_THEN_SMS).outcome()).isEqualTo(Outcome.PENDING);
        }

        @Test
        void everyRequestedChannelFailedIsFailedWhateverTheMessageLevelStatus() {
            assertThat(decide(List.of(rcs(3056), sms(3003)), 3001, RCS_THEN_SMS).outcome()).isEqualTo(Outcome.FAILED);
        }

        @Test
        void failedReasonListsEveryChannelInTheOrderTried() {
            OutcomeVerdict verdict = decide(List.of(rcs(3056), sms(3042)), RCS_THEN_SMS);

            assertThat(verdict.reason()).startsWith("every channel tried failed").containsSubsequence("RCS 3056", "SMS 3042");
        }

        static Stream<Arguments> failurePairs() {
            return failures().boxed().flatMap(rcs -> failures().mapToObj(sms -> Arguments.of(rcs, sms)));
        }

        @ParameterizedTest(name = "RCS {0}, SMS {1}")
        @MethodSource("failurePairs")
        void anyRcsFailureFollowedByAnySmsFailureIsFailed(int rcsCode, int smsCode) {
            OutcomeVerdict verdict = decide(List.of(rcs(rcsCode), sms(smsCode)), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).contains(SMS);
            assertThat(verdict.reason()).contains("RCS " + rcsCode, "SMS " + smsCode);
        }
    }

    @Nested
    class NoChannelStatus {

        @Test
        void nothingReceivedIsPending() {
            OutcomeVerdict verdict = decide(List.of(), RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).isEmpty();
            assertThat(verdict.reason()).isEqualTo("no status received yet");
        }

        @Test
        void messageLevelDeliveryErrorWithoutChannelStatusIsFailed() {
            OutcomeVerdict verdict = decide(List.of(), 3003, NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(verdict.channel()).isEmpty();
            assertThat(verdict.reason()).contains("3003", "Delivery error");
        }

        @ParameterizedTest(name = "message-level {0}")
        @MethodSource("dev.cascade.ledger.domain.OutcomeRulesTest#failures")
        void messageLevelFailureWithoutChannelStatusIsFailed(int overall) {
            assertThat(decide(List.of(), overall, RCS_THEN_SMS).outcome()).isEqualTo(Outcome.FAILED);
        }

        @Test
        void nothingReceivedIsPendingWhenCascadeDidNotSendItToo() {
            OutcomeVerdict verdict = decide(List.of(), NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.channel()).isEmpty();
        }

        @Test
        void messageLevelDeliveredWithoutChannelStatusIsDeliveredOther() {
            OutcomeVerdict verdict = decide(List.of(), 3000, RCS_THEN_SMS);

            assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERED_OTHER);
            assertThat(verdict.channel()).isEmpty();
            assertThat(verdict.reason()).isEqualTo("message status 3000 (Delivered), no channel reported");
        }

        @Test
        void messageLevelNoHandsetReceiptWithoutChannelStatusIsLikelyDelivered() {
            OutcomeVerdict verdict = decide(List.of(), 3004, NOT_SENT_BY_CASCADE);

            assertThat(verdict.outcome()).isEqualTo(Outcome.LIKELY_DELIVERED);
            assertThat(verdict.channel()).isEmpty();
            assertThat(verdict.reason()).contains("message status 3004", "no channel reported");
        }

        static Stream<Arguments> messageLevelStatuses() {
            List<Arguments> cases = new ArrayList<>();
            cases.add(Arguments.of(3000, Outcome.DELIVERED_OTHER));
            cases.add(Arguments.of(3005, Outcome.DELIVERED_OTHER));
            cases.add(Arguments.of(3004, Outcome.LIKELY_DELIVERED));
            codes(IN_PROGRESS, UNKNOWN).forEach(code -> cases.add(Arguments.of(code, Outcome.PENDING)));
            codes(FAILURES).forEach(code -> cases.add(Arguments.of(code, Outcome.FAILED)));
            return cases.stream();
        }

        @ParameterizedTest(name = "message-level {0} is {1}")
        @MethodSource("messageLevelStatuses")
        void messageLevelStatusAloneDecidesWhateverTheRequestedChannels(int overall, Outcome expected) {
            for (List<Channel> requested : List.of(RCS_THEN_SMS, List.of(RCS), List.of(SMS), NOT_SENT_BY_CASCADE)) {
                OutcomeVerdict verdict = decide(List.of(), overall, requested);

                assertThat(verdict.outcome()).as("requested %s", requested).isEqualTo(expected);
                assertThat(verdict.channel()).isEmpty();
                assertThat(verdict.reason()).contains("message status " + overall, "no channel reported");
            }
        }
    }

    /** Every family on one channel, when it was the only channel asked for. */
    static Stream<Arguments> singleChannelSends() {
        List<Arguments> cases = new ArrayList<>();
        for (Channel channel : List.of(RCS, SMS, WHATSAPP)) {
            Outcome confirmed = channel.equals(RCS) ? Outcome.DELIVERED_RCS : Outcome.DELIVERED_OTHER;
            cases.add(Arguments.of(channel, 3000, confirmed));
            cases.add(Arguments.of(channel, 3005, confirmed));
            cases.add(Arguments.of(channel, 3004, Outcome.LIKELY_DELIVERED));
            codes(IN_PROGRESS, UNKNOWN).forEach(code -> cases.add(Arguments.of(channel, code, Outcome.PENDING)));
            codes(FAILURES).forEach(code -> cases.add(Arguments.of(channel, code, Outcome.FAILED)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @MethodSource("singleChannelSends")
    void everyStatusFamilyOnASingleChannelSend(Channel channel, int code, Outcome expected) {
        OutcomeVerdict verdict = decide(List.of(state(channel, code)), List.of(channel));

        assertThat(verdict.outcome()).isEqualTo(expected);
        assertThat(verdict.channel()).contains(channel);
        assertThat(verdict.reason()).contains(channel.name().toUpperCase() + " " + code);
    }

    /** Every family on SMS once RCS gave up after its fallback time. */
    static Stream<Arguments> smsAfterRcsFallback() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(3000, Outcome.DELIVERED_SMS_FALLBACK));
        cases.add(Arguments.of(3005, Outcome.DELIVERED_SMS_FALLBACK));
        cases.add(Arguments.of(3004, Outcome.LIKELY_DELIVERED));
        codes(IN_PROGRESS, UNKNOWN).forEach(code -> cases.add(Arguments.of(code, Outcome.PENDING)));
        codes(FAILURES).forEach(code -> cases.add(Arguments.of(code, Outcome.FAILED)));
        return cases.stream();
    }

    @ParameterizedTest(name = "RCS 3056, then SMS {0}: {1}")
    @MethodSource("smsAfterRcsFallback")
    void everySmsStatusFamilyAfterRcsFallbackTime(int smsCode, Outcome expected) {
        OutcomeVerdict requested = decide(List.of(rcs(3056), sms(smsCode)), RCS_THEN_SMS);
        OutcomeVerdict callbacksOnly = decide(List.of(rcs(3056), sms(smsCode)), NOT_SENT_BY_CASCADE);

        assertThat(requested.outcome()).isEqualTo(expected);
        assertThat(requested.channel()).contains(SMS);
        assertThat(callbacksOnly).isEqualTo(requested);
    }

    static IntStream failures() {
        return IntStream.of(FAILURES);
    }

    static IntStream ending() {
        return IntStream.of(ENDING);
    }

    static IntStream notEnding() {
        return failures().filter(code -> IntStream.of(ENDING).noneMatch(e -> e == code));
    }

    static Stream<Arguments> endingWithMessageLevelNotFailed() {
        return ending().boxed().flatMap(code -> Stream.of((Integer) null, 3001, 3007).map(overall -> Arguments.of(code, overall)));
    }

    static IntStream notFinal() {
        return codes(IN_PROGRESS, UNKNOWN);
    }
}
