package dev.cascade.simulator.validation;

import static dev.cascade.simulator.validation.RequestError.INVALID_CALLBACK_URL;
import static dev.cascade.simulator.validation.RequestError.INVALID_EXTERNAL_ID;
import static dev.cascade.simulator.validation.RequestError.INVALID_LIFECYCLE_EVENT;
import static dev.cascade.simulator.validation.RequestError.INVALID_MESSAGE_TYPE;
import static dev.cascade.simulator.validation.RequestError.INVALID_ORIGINATING_IP;
import static dev.cascade.simulator.validation.RequestError.INVALID_REQUEST;
import static dev.cascade.simulator.validation.RequestError.MISSING_MESSAGE;
import static dev.cascade.simulator.validation.RequestError.MISSING_MESSAGE_TYPE;
import static dev.cascade.simulator.validation.RequestError.MISSING_PHONE_NUMBER;
import static dev.cascade.simulator.validation.RequestError.PAYLOAD_TOO_LARGE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.simulator.delivery.AcceptedRequest;
import dev.cascade.simulator.delivery.PlannedChannel;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.message.RequestValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Telesign's published rules for {@code POST /v1/omnichannel}, checked in the order of its error table
 * (the first broken rule is answered): size (413, 3116), JSON (3110), {@code channels} (3300, 3301,
 * 3113), the phone number (3302; malformed 3110), {@code message} (3303), {@code message_type} (3304,
 * 3102), {@code external_id} (3103), {@code callback_url} (3106), {@code account_lifecycle_event}
 * (3104), {@code originating_ip} (3105), then the templates (3110).
 *
 * <p>Lenient where Telesign's documents disagree: the recipient may be the guide's top-level
 * {@code phone_number} or the schema's {@code recipient.phone_number} (which wins when both are
 * given), the link id {@code url_id} or {@code url_payload}, the override {@code callback_url} or the
 * API example's {@code callback_URL}. Unknown fields are ignored. Exact elsewhere: enums are matched
 * as Telesign spells them.
 */
public final class OmniRequestRules {

    private static final Set<String> MESSAGE_TYPES = Set.of("ARN", "MKT", "OTP");
    private static final Set<String> LIFECYCLE_EVENTS = Set.of("create", "sign-in", "transact", "update", "delete");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\d{7,15}");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private OmniRequestRules() {
    }

    /** The message to simulate, or the error Telesign would answer. */
    public static AcceptedRequest check(byte[] body) throws RejectedRequest {
        if (body.length > RequestValidator.MAX_BODY_BYTES) {
            throw new RejectedRequest(PAYLOAD_TOO_LARGE, "", "the body is " + body.length
                    + " bytes; Telesign accepts at most " + RequestValidator.MAX_BODY_BYTES);
        }
        JsonNode root = parse(body);
        List<ChannelEntry> channels = ChannelRules.check(root.get("channels"));
        String phoneNumber = phoneNumber(root);
        JsonNode message = message(root.get("message"));
        messageType(root.get("message_type"));
        Optional<String> externalId = externalId(root.get("external_id"));
        Optional<URI> callbackUrl = callbackUrl(root.has("callback_url") ? root.get("callback_url") : root.get("callback_URL"));
        oneOf(root.get("account_lifecycle_event"), LIFECYCLE_EVENTS, INVALID_LIFECYCLE_EVENT, "account_lifecycle_event");
        originatingIp(root.get("originating_ip"));
        optionalText(root.get("sender_id"), "sender_id");
        List<PlannedChannel> planned = ContentRules.plan(channels, message);
        return new AcceptedRequest(phoneNumber, planned, externalId, callbackUrl);
    }

    /** The request's {@code external_id} when it can be read, for the {@code external_id} of an error answer. */
    public static Optional<String> externalIdOf(byte[] body) {
        try {
            JsonNode root = TelesignJson.read(body);
            return externalId(root.get("external_id"));
        } catch (IOException | RejectedRequest e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(byte[] body) throws RejectedRequest {
        JsonNode root;
        try {
            root = TelesignJson.read(body);
        } catch (JsonProcessingException e) {
            throw new RejectedRequest(INVALID_REQUEST, "", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RejectedRequest(INVALID_REQUEST, "", "the body is not readable JSON: " + e.getMessage());
        }
        if (!root.isObject()) {
            throw new RejectedRequest(INVALID_REQUEST, "", "the body must be a JSON object");
        }
        return root;
    }

    private static String phoneNumber(JsonNode root) throws RejectedRequest {
        JsonNode recipient = root.get("recipient");
        JsonNode number = root.get("phone_number");
        String path = "phone_number";
        if (recipient != null && !recipient.isNull()) {
            if (!recipient.isObject()) {
                throw new RejectedRequest(INVALID_REQUEST, "", "recipient must be an object");
            }
            if (recipient.hasNonNull("phone_number")) {
                number = recipient.get("phone_number");
                path = "recipient.phone_number";
            }
        }
        if (number == null || number.isNull() || (number.isTextual() && number.textValue().isBlank())) {
            throw new RejectedRequest(MISSING_PHONE_NUMBER, "", "phone_number or recipient.phone_number is required");
        }
        if (!number.isTextual() || !PHONE_NUMBER.matcher(number.textValue()).matches()) {
            throw new RejectedRequest(INVALID_REQUEST, "", path
                    + " must be a string of 7 to 15 digits, country code first, without '+', spaces or dashes");
        }
        return number.textValue();
    }

    private static JsonNode message(JsonNode message) throws RejectedRequest {
        if (message == null || message.isNull() || (message.isObject() && message.isEmpty())) {
            throw new RejectedRequest(MISSING_MESSAGE, "", "message is required");
        }
        if (!message.isObject()) {
            throw new RejectedRequest(INVALID_REQUEST, "", "message must be an object");
        }
        return message;
    }

    private static void messageType(JsonNode type) throws RejectedRequest {
        if (type == null || type.isNull()) {
            throw new RejectedRequest(MISSING_MESSAGE_TYPE, "", "message_type is required: ARN, MKT or OTP");
        }
        oneOf(type, MESSAGE_TYPES, INVALID_MESSAGE_TYPE, "message_type");
    }

    private static Optional<String> externalId(JsonNode id) throws RejectedRequest {
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        if (!id.isTextual() || id.textValue().length() > RequestValidator.MAX_EXTERNAL_ID
                || !ASCII.matcher(id.textValue()).matches()) {
            throw new RejectedRequest(INVALID_EXTERNAL_ID, shown(id),
                    "external_id must be a string of at most " + RequestValidator.MAX_EXTERNAL_ID + " ASCII characters");
        }
        return Optional.of(id.textValue());
    }

    private static Optional<URI> callbackUrl(JsonNode url) throws RejectedRequest {
        if (url == null || url.isNull()) {
            return Optional.empty();
        }
        if (!url.isTextual() || !ContentRules.isAbsoluteHttpUrl(url.textValue())) {
            throw new RejectedRequest(INVALID_CALLBACK_URL, shown(url), "callback_url must be an absolute http(s) URL");
        }
        return Optional.of(URI.create(url.textValue().trim()));
    }

    private static void originatingIp(JsonNode ip) throws RejectedRequest {
        if (ip == null || ip.isNull()) {
            return;
        }
        if (!ip.isTextual() || !isIpAddress(ip.textValue())) {
            throw new RejectedRequest(INVALID_ORIGINATING_IP, shown(ip), "originating_ip must be an IPv4 or IPv6 address");
        }
    }

    /** IPv4 dotted quads; IPv6 checked by the JDK, which never resolves a name that contains ':'. */
    static boolean isIpAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void oneOf(JsonNode value, Set<String> allowed, RequestError error, String name) throws RejectedRequest {
        if (value != null && !value.isNull() && (!value.isTextual() || !allowed.contains(value.textValue()))) {
            throw new RejectedRequest(error, shown(value), name + " must be one of " + new TreeSet<>(allowed));
        }
    }

    private static void optionalText(JsonNode value, String name) throws RejectedRequest {
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw new RejectedRequest(INVALID_REQUEST, "", name + " must be a string");
        }
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
