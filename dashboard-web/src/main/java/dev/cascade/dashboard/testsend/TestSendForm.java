package dev.cascade.dashboard.testsend;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.ChannelAttempt;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;
import dev.cascade.telesign.message.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test-send form's fields, as typed, and the request they make. Problems are kept per field —
 * the api-client's validation paths ({@code message.rcs.parameters.url}) are mapped back to the
 * inputs they came from, so each error shows next to its field.
 */
public final class TestSendForm {

    /** Form field → the request paths whose problems belong to it. */
    private static final Map<String, List<String>> FIELD_PATHS = Map.of(
            "phone", List.of("phone_number", "recipient.phone_number"),
            "messageType", List.of("message_type"),
            "fallbackTime", List.of("channels[0].fallback_time"),
            "rcsText", List.of("message.rcs.parameters.text"),
            "url", List.of("message.rcs.parameters.url"),
            "urlText", List.of("message.rcs.parameters.url_text"),
            "linkId", List.of("message.rcs.parameters.url_id", "message.rcs.parameters.url_payload"),
            "smsText", List.of("message.sms.parameters.text"),
            "externalId", List.of("external_id"));

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The defaults a blank form starts with: a valid link-button message with SMS fallback. */
    public static TestSendForm blank() {
        TestSendForm form = new TestSendForm();
        form.values.put("phone", "");
        form.values.put("messageType", "ARN");
        form.values.put("rcsText", "This is a test message from Cascade. Open the link:");
        form.values.put("url", "https://example.com/");
        form.values.put("urlText", "Open");
        form.values.put("linkId", "cascade-test");
        form.values.put("fallbackTime", "300");
        form.values.put("smsText", "This is a test message from Cascade: https://example.com/");
        form.values.put("externalId", "");
        return form;
    }

    public static TestSendForm from(Exchange exchange) {
        return of(name -> exchange.request().getParameter(name));
    }

    /** The fields as posted; a field not posted is empty. */
    public static TestSendForm of(java.util.function.Function<String, String> parameters) {
        TestSendForm form = blank();
        form.values.replaceAll((name, old) -> parameters.apply(name) == null ? "" : parameters.apply(name).strip());
        return form;
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The request these fields make; field errors for what cannot even be read (a fallback time in words). */
    public OmniMessageRequest request() {
        OmniMessageRequest.Builder builder = OmniMessageRequest.builder()
                .phoneNumber(normalizePhone(value("phone")))
                .externalId(value("externalId"));
        try {
            builder.messageType(MessageType.parse(value("messageType")));
        } catch (IllegalArgumentException e) {
            errors.put("messageType", "choose ARN, MKT or OTP");
        }
        Optional<Integer> fallback = Optional.empty();
        if (!value("fallbackTime").isEmpty()) {
            try {
                fallback = Optional.of(Integer.parseInt(value("fallbackTime")));
            } catch (NumberFormatException e) {
                errors.put("fallbackTime", "must be a whole number of seconds, 30 to 3600");
            }
        }
        builder.channel(fallback.map(s -> ChannelAttempt.withFallback(Channel.RCS, s)).orElse(ChannelAttempt.of(Channel.RCS)),
                new RcsUrlAction(value("rcsText"), value("url"), value("urlText"), value("linkId")));
        builder.smsFallback(value("smsText"));
        return builder.build();
    }

    /** Puts each validation problem next to its field; the rest is a form-level error. */
    public void addViolations(List<Violation> violations) {
        for (Violation violation : violations) {
            String field = FIELD_PATHS.entrySet().stream().filter(e -> e.getValue().contains(violation.path()))
                    .map(Map.Entry::getKey).findFirst().orElse("form");
            errors.merge(field, violation.message(), (a, b) -> a + "; " + b);
        }
    }

    public void addError(String field, String message) {
        errors.merge(field, message, (a, b) -> a + "; " + b);
    }

    /** People paste numbers as they see them: {@code +1 (555) 867-5309} is 15558675309. */
    static String normalizePhone(String phone) {
        String digits = phone.replaceAll("[\\s().-]", "");
        return digits.startsWith("+") ? digits.substring(1) : digits;
    }
}
