package dev.cascade.telesign.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestValidatorTest {

    private static List<Violation> validate(OmniMessageRequest request) {
        return RequestValidator.validate(request, WireFormat.GUIDE);
    }

    private static List<String> paths(List<Violation> violations) {
        return violations.stream().map(Violation::path).toList();
    }

    private static OmniMessageRequest.Builder guide() {
        return Fixtures.guideRequest().toBuilder();
    }

    private static OmniMessageRequest withRcs(String text, String url, String urlText, String linkId) {
        return OmniMessageRequest.builder().phoneNumber("15558675309").messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction(text, url, urlText, linkId), 600)
                .smsFallback("fallback").build();
    }

    @Test
    void aBodyAlreadyWrittenIsMeasuredAsIsNotWrittenAgain() {
        OmniMessageRequest request = Fixtures.guideRequest();

        assertThat(RequestValidator.validate(request, WireFormat.GUIDE, OmniRequestWriter.write(request, WireFormat.GUIDE))).isEmpty();
        assertThat(paths(RequestValidator.validate(request, WireFormat.GUIDE, new byte[RequestValidator.MAX_BODY_BYTES + 1])))
                .containsExactly("body");
    }

    @Test
    void guideRequestIsValid() {
        assertThat(validate(Fixtures.guideRequest())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1234567890123456", "+15558675309", "1 555 867 5309", "1555867530x"})
    void phoneNumberMustBeSevenToFifteenDigits(String phone) {
        assertThat(paths(validate(guide().phoneNumber(phone).build()))).containsExactly("phone_number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789012345"})
    void phoneNumberBoundariesAreAccepted(String phone) {
        assertThat(validate(guide().phoneNumber(phone).build())).isEmpty();
    }

    @Test
    void phoneNumberPathFollowsTheRecipientField() {
        List<Violation> violations = RequestValidator.validate(guide().phoneNumber(null).build(),
                new WireFormat(LinkIdField.URL_ID, RecipientField.RECIPIENT));

        assertThat(violations).containsExactly(new Violation("recipient.phone_number", "is required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 3601, -1})
    void fallbackTimeOutsideThirtyToThirtySixHundredIsRejected(int seconds) {
        OmniMessageRequest request = withFallback(seconds);

        assertThat(validate(request)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("channels[0].fallback_time");
            assertThat(v.message()).contains("between 30 and 3600").contains(String.valueOf(seconds));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 3600})
    void fallbackTimeBoundariesAreAccepted(int seconds) {
        assertThat(validate(withFallback(seconds))).isEmpty();
    }

    private static OmniMessageRequest withFallback(int seconds) {
        return OmniMessageRequest.builder().phoneNumber("15558675309").messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction("t", "https://example.com", "b", "id"), seconds)
                .smsFallback("fallback").build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/track", "/track", "ftp://example.com/x", "https://", "https://exa mple.com",
            "javascript:alert(1)"})
    void urlMustBeAFullyQualifiedHttpUrl(String url) {
        assertThat(paths(validate(withRcs("t", url, "b", "id")))).containsExactly("message.rcs.parameters.url");
    }

    @Test
    void everyRcsParameterIsRequired() {
        assertThat(paths(validate(withRcs(null, null, " ", "")))).containsExactly(
                "message.rcs.parameters.text", "message.rcs.parameters.url",
                "message.rcs.parameters.url_text", "message.rcs.parameters.url_id");
    }

    @Test
    void missingLinkIdIsReportedUnderTheConfiguredFieldName() {
        List<Violation> violations = RequestValidator.validate(withRcs("t", "https://e.com", "b", null),
                new WireFormat(LinkIdField.URL_PAYLOAD, RecipientField.TOP_LEVEL));

        assertThat(paths(violations)).containsExactly("message.rcs.parameters.url_payload");
    }

    @Test
    void smsTextIsRequired() {
        OmniMessageRequest request = OmniMessageRequest.builder().phoneNumber("15558675309")
                .messageType(MessageType.OTP).smsFallback("  ").build();

        assertThat(paths(validate(request))).containsExactly("message.sms.parameters.text");
    }

    @Test
    void channelsMustNotBeEmpty() {
        OmniMessageRequest request = OmniMessageRequest.builder().phoneNumber("15558675309")
                .messageType(MessageType.MKT).build();

        assertThat(validate(request)).containsExactly(new Violation("channels", "at least one channel is required"));
    }

    @Test
    void aChannelMustNotBeTriedTwice() {
        OmniMessageRequest request = guide().smsFallback("again").build();

        assertThat(validate(request)).containsExactly(
                new Violation("channels[2].channel", "'sms' is already channels[1]"));
    }

    @Test
    void everyTriedChannelNeedsContentAndEveryContentATriedChannel() {
        OmniMessageRequest request = OmniMessageRequest.builder().phoneNumber("15558675309")
                .messageType(MessageType.MKT)
                .channel(ChannelAttempt.of(Channel.RCS))
                .content(Channel.SMS, new SmsText("orphan"))
                .build();

        assertThat(paths(validate(request))).containsExactly("message.rcs", "message.sms");
    }

    @Test
    void linkButtonIsAnRcsTemplate() {
        OmniMessageRequest request = OmniMessageRequest.builder().phoneNumber("15558675309")
                .messageType(MessageType.MKT)
                .channel(ChannelAttempt.of(Channel.SMS), new RcsUrlAction("t", "https://e.com", "b", "id"))
                .build();

        assertThat(paths(validate(request))).containsExactly("message.sms.template");
    }

    @Test
    void genericRequestsUsingTheGuidesTemplatesNeedTheirParameters() {
        OmniMessageRequest request = OmniMessageRequest.builder().phoneNumber("15558675309")
                .messageType(MessageType.MKT)
                .channel(ChannelAttempt.withFallback(Channel.RCS, 60),
                        new TemplateContent("url_action", Map.of("text", "t", "url", "https://e.com", "url_text", "b",
                                "url_payload", "p")))
                .channel(ChannelAttempt.of(Channel.SMS), new TemplateContent("text", Map.of()))
                .build();

        assertThat(paths(validate(request))).containsExactly("message.sms.parameters.text");
    }

    @Test
    void externalIdIsAtMostOneHundredAsciiCharacters() {
        assertThat(validate(guide().externalId("x".repeat(100)).build())).isEmpty();
        assertThat(paths(validate(guide().externalId("x".repeat(101)).build()))).containsExactly("external_id");
        assertThat(paths(validate(guide().externalId("commande-été").build()))).containsExactly("external_id");
        assertThat(paths(validate(guide().externalId("tab\there").build()))).containsExactly("external_id");
    }

    @Test
    void callbackUrlMustBeAbsolute() {
        assertThat(paths(validate(guide().callbackUrl("/callbacks/telesign").build()))).containsExactly("callback_url");
    }

    @Test
    void messageTypeIsRequired() {
        assertThat(paths(validate(guide().messageType(null).build()))).containsExactly("message_type");
    }

    @Test
    void wholeBodyMustFitInTenKilobytes() {
        OmniMessageRequest big = guide().channel(ChannelAttempt.of(Channel.WHATSAPP),
                new TemplateContent("text", Map.of("text", "x".repeat(10_000)))).build();

        assertThat(validate(big)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("body");
            assertThat(v.message()).contains("at most 10240");
        });
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        OmniMessageRequest bad = OmniMessageRequest.builder().phoneNumber("12")
                .rcsLinkButton(new RcsUrlAction("", "nope", "b", "id"), 5)
                .smsFallback("")
                .externalId("é".repeat(3))
                .build();

        assertThat(paths(validate(bad))).containsExactlyInAnyOrder("phone_number", "message_type",
                "channels[0].fallback_time", "message.rcs.parameters.text", "message.rcs.parameters.url",
                "message.sms.parameters.text", "external_id");
    }
}
