package dev.cascade.simulator.validation;

import static dev.cascade.simulator.testing.Fixtures.bytes;
import static dev.cascade.simulator.testing.Fixtures.guideRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.simulator.delivery.AcceptedRequest;
import dev.cascade.simulator.delivery.PlannedChannel;
import dev.cascade.telesign.message.Channel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OmniRequestRulesTest {

    @Test
    void guideRequestIsAccepted() throws RejectedRequest {
        AcceptedRequest accepted = OmniRequestRules.check(bytes(guideRequest()));

        assertThat(accepted.phoneNumber()).isEqualTo("15558675309");
        assertThat(accepted.channels()).containsExactly(
                new PlannedChannel(Channel.RCS, Duration.ofSeconds(600), true),
                new PlannedChannel(Channel.SMS, PlannedChannel.DEFAULT_FALLBACK_TIME, true));
        assertThat(accepted.externalId()).isEmpty();
        assertThat(accepted.callbackUrl()).isEmpty();
    }

    @Test
    void theSchemasUrlPayloadIsAcceptedInsteadOfTheGuidesUrlId() throws RejectedRequest {
        ObjectNode request = guideRequest();
        ObjectNode parameters = rcsParameters(request);
        parameters.remove("url_id");
        parameters.put("url_payload", "urlid1");

        assertThat(OmniRequestRules.check(bytes(request)).channels()).hasSize(2);
    }

    @Test
    void theSchemasRecipientPhoneNumberIsAcceptedInsteadOfTheTopLevelOne() throws RejectedRequest {
        ObjectNode request = guideRequest();
        request.remove("phone_number");
        request.putObject("recipient").put("phone_number", "15558675360");

        assertThat(OmniRequestRules.check(bytes(request)).phoneNumber()).isEqualTo("15558675360");
    }

    @Test
    void recipientPhoneNumberWinsOverTheDeprecatedTopLevelOne() throws RejectedRequest {
        ObjectNode request = guideRequest();
        request.putObject("recipient").put("phone_number", "15558675360");

        assertThat(OmniRequestRules.check(bytes(request)).phoneNumber()).isEqualTo("15558675360");
    }

    @Test
    void optionalFieldsAreTakenAndUnknownOnesIgnored() throws RejectedRequest {
        ObjectNode request = guideRequest();
        request.put("external_id", "order-1042");
        request.put("callback_url", "http://127.0.0.1:9999/cb");
        request.put("sender_id", "15558675310");
        request.put("account_lifecycle_event", "transact");
        request.put("originating_ip", "160.199.219.47");
        request.put("something_new", true);

        AcceptedRequest accepted = OmniRequestRules.check(bytes(request));

        assertThat(accepted.externalId()).contains("order-1042");
        assertThat(accepted.callbackUrl()).contains(URI.create("http://127.0.0.1:9999/cb"));
    }

    @Test
    void theApiExamplesCallbackUrlSpellingIsAccepted() throws RejectedRequest {
        ObjectNode request = guideRequest();
        request.put("callback_URL", "https://acme.co/mkt_omni_callbacks");

        assertThat(OmniRequestRules.check(bytes(request)).callbackUrl()).contains(URI.create("https://acme.co/mkt_omni_callbacks"));
    }

    @Test
    void anSmsOnlyRequestIsAccepted() throws RejectedRequest {
        ObjectNode request = guideRequest();
        request.putArray("channels").addObject().put("channel", "sms");
        ((ObjectNode) request.get("message")).remove("rcs");

        assertThat(OmniRequestRules.check(bytes(request)).channels())
                .containsExactly(new PlannedChannel(Channel.SMS, PlannedChannel.DEFAULT_FALLBACK_TIME, true));
    }

    @Test
    void aChannelWithoutContentIsAcceptedAndPlayedAsNoTemplate() throws RejectedRequest {
        ObjectNode request = guideRequest();
        ((ArrayNode) request.get("channels")).insertObject(0).put("channel", "viber");

        assertThat(OmniRequestRules.check(bytes(request)).channels()).first()
                .isEqualTo(new PlannedChannel(Channel.VIBER, PlannedChannel.DEFAULT_FALLBACK_TIME, false));
    }

    @Test
    void theDefaultContentServesChannelsWithoutTheirOwn() throws RejectedRequest {
        ObjectNode request = guideRequest();
        ((ArrayNode) request.get("channels")).insertObject(1).put("channel", "whatsapp");
        ((ObjectNode) request.get("message")).putObject("default").put("template", "text")
                .putObject("parameters").put("text", "hello");

        assertThat(OmniRequestRules.check(bytes(request)).channels()).extracting(PlannedChannel::hasContent)
                .containsExactly(true, true, true);
    }

    @Test
    void externalIdOfAnErrorAnswerIsReadBestEffort() {
        ObjectNode request = guideRequest();
        request.put("external_id", "order-7");
        request.remove("message_type");

        assertThat(OmniRequestRules.externalIdOf(bytes(request))).contains("order-7");
        assertThat(OmniRequestRules.externalIdOf("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    /** Every published rule: what breaks it, the HTTP status and the Telesign code answered. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("body over 10 KB", r -> r.put("padding", "x".repeat(10 * 1024)), 413, 3116),
                rule("not JSON", null, 400, 3110),
                rule("channels missing", r -> r.remove("channels"), 400, 3300),
                rule("channels empty", r -> r.putArray("channels"), 400, 3300),
                rule("channels not an array", r -> r.put("channels", "rcs"), 400, 3113),
                rule("channel entry not an object", r -> r.putArray("channels").add("rcs"), 400, 3113),
                rule("channel missing", r -> channel(r, 0).remove("channel"), 400, 3301),
                rule("channel not in the enum", r -> channel(r, 1).put("channel", "fax"), 400, 3113),
                rule("channel in another case", r -> channel(r, 1).put("channel", "SMS"), 400, 3113),
                rule("channel listed twice", r -> ((ArrayNode) r.get("channels")).addObject().put("channel", "sms"), 400, 3113),
                rule("fallback_time under 30", r -> channel(r, 0).put("fallback_time", 29), 400, 3113),
                rule("fallback_time over 3600", r -> channel(r, 0).put("fallback_time", 3601), 400, 3113),
                rule("fallback_time not a whole number", r -> channel(r, 0).put("fallback_time", 60.5), 400, 3113),
                rule("fallback_time as a string", r -> channel(r, 0).put("fallback_time", "600"), 400, 3113),
                rule("phone number missing", r -> r.remove("phone_number"), 400, 3302),
                rule("phone number empty", r -> r.put("phone_number", ""), 400, 3302),
                rule("phone number with a plus", r -> r.put("phone_number", "+15558675309"), 400, 3110),
                rule("phone number too short", r -> r.put("phone_number", "123456"), 400, 3110),
                rule("phone number as a JSON number", r -> r.put("phone_number", 15558675309L), 400, 3110),
                rule("recipient not an object", r -> r.put("recipient", "15558675309"), 400, 3110),
                rule("message missing", r -> r.remove("message"), 400, 3303),
                rule("message empty", r -> r.putObject("message"), 400, 3303),
                rule("message not an object", r -> r.put("message", "hi"), 400, 3110),
                rule("message_type missing", r -> r.remove("message_type"), 400, 3304),
                rule("message_type not in the enum", r -> r.put("message_type", "PROMO"), 400, 3102),
                rule("message_type in lower case", r -> r.put("message_type", "mkt"), 400, 3102),
                rule("external_id over 100 characters", r -> r.put("external_id", "x".repeat(101)), 400, 3103),
                rule("external_id not ASCII", r -> r.put("external_id", "bestellung-ä"), 400, 3103),
                rule("external_id not a string", r -> r.put("external_id", 42), 400, 3103),
                rule("callback_url empty", r -> r.put("callback_url", ""), 400, 3106),
                rule("callback_url relative", r -> r.put("callback_url", "/callbacks/telesign"), 400, 3106),
                rule("account_lifecycle_event not in the enum", r -> r.put("account_lifecycle_event", "login"), 400, 3104),
                rule("originating_ip malformed", r -> r.put("originating_ip", "300.1.1.1"), 400, 3105),
                rule("originating_ip a host name", r -> r.put("originating_ip", "example.com"), 400, 3105),
                rule("sender_id not a string", r -> r.put("sender_id", 15558675310L), 400, 3110),
                rule("rcs content not an object", r -> message(r).put("rcs", "url_action"), 400, 3110),
                rule("rcs template missing", r -> ((ObjectNode) message(r).get("rcs")).remove("template"), 400, 3110),
                rule("rcs parameters not an object", r -> ((ObjectNode) message(r).get("rcs")).put("parameters", "x"), 400, 3110),
                rule("url_action text missing", r -> rcsParameters(r).remove("text"), 400, 3110),
                rule("url_action url missing", r -> rcsParameters(r).remove("url"), 400, 3110),
                rule("url_action url not fully qualified", r -> rcsParameters(r).put("url", "example.com/track"), 400, 3110),
                rule("url_action url not http", r -> rcsParameters(r).put("url", "ftp://example.com/track"), 400, 3110),
                rule("url_action url_text missing", r -> rcsParameters(r).remove("url_text"), 400, 3110),
                rule("url_action link id missing", r -> rcsParameters(r).remove("url_id"), 400, 3110),
                rule("url_action link id blank", r -> rcsParameters(r).put("url_id", " "), 400, 3110),
                rule("sms text missing", r -> ((ObjectNode) message(r).get("sms").get("parameters")).remove("text"), 400, 3110),
                rule("default text missing", r -> message(r).putObject("default").put("template", "text"), 400, 3110));
    }

    @ParameterizedTest(name = "{0} -> HTTP {2}, code {3}")
    @MethodSource("rules")
    void eachBrokenRuleIsAnsweredWithTelesignsStatusAndCode(String rule, Consumer<ObjectNode> breakIt, int httpStatus,
                                                            int code) {
        byte[] body;
        if (breakIt == null) {
            body = "{\"channels\": [".getBytes(StandardCharsets.UTF_8);
        } else {
            ObjectNode request = guideRequest();
            breakIt.accept(request);
            body = bytes(request);
        }

        RejectedRequest rejected = catchThrowableOfType(RejectedRequest.class, () -> OmniRequestRules.check(body));

        assertThat(rejected).as(rule).isNotNull();
        assertThat(rejected.error().httpStatus()).as(rejected.detail()).isEqualTo(httpStatus);
        assertThat(rejected.error().code()).as(rejected.detail()).isEqualTo(code);
        assertThat(rejected.detail()).isNotBlank();
    }

    @Test
    void descriptionsAreTelesignsTextsWithTheOffendingValue() {
        ObjectNode request = guideRequest();
        request.put("message_type", "PROMO");

        RejectedRequest rejected = catchThrowableOfType(RejectedRequest.class, () -> OmniRequestRules.check(bytes(request)));

        assertThat(rejected.description()).isEqualTo("Invalid value for parameter message_type: PROMO");
        assertThat(RequestError.MISSING_CHANNELS.describe("")).isEqualTo("Missing parameter channels");
        assertThat(RequestError.INVALID_REQUEST.describe("ignored")).isEqualTo("Invalid request");
    }

    @Test
    void anIpv6OriginatingIpIsAccepted() {
        assertThat(OmniRequestRules.isIpAddress("2001:db8::1")).isTrue();
        assertThat(OmniRequestRules.isIpAddress("160.199.219.47")).isTrue();
        assertThat(OmniRequestRules.isIpAddress("2001:db8::zz")).isFalse();
        assertThat(OmniRequestRules.externalIdOf(new byte[0])).isEqualTo(Optional.empty());
    }

    private static Arguments rule(String name, Consumer<ObjectNode> breakIt, int httpStatus, int code) {
        return Arguments.of(name, breakIt, httpStatus, code);
    }

    private static ObjectNode channel(ObjectNode request, int index) {
        return (ObjectNode) request.get("channels").get(index);
    }

    private static ObjectNode message(ObjectNode request) {
        return (ObjectNode) request.get("message");
    }

    private static ObjectNode rcsParameters(ObjectNode request) {
        return (ObjectNode) request.get("message").get("rcs").get("parameters");
    }
}
