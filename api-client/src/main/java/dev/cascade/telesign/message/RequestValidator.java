package dev.cascade.telesign.message;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Telesign's rules for an omnichannel request, checked before anything is sent, all problems at once.
 *
 * <p>Rules (Telesign's guide, API schema and limits): a 7-15 digit phone number; a message type;
 * at least one channel, none twice; {@code fallback_time} 30-3600 s; content for every channel and no
 * content for channels not tried; the RCS link button's text, fully-qualified http(s) URL, button text
 * and link id; the SMS text; {@code external_id} at most 100 ASCII characters; an absolute
 * {@code callback_url}; the whole body at most 10 KB.
 */
public final class RequestValidator {

    public static final int MAX_BODY_BYTES = 10 * 1024;
    public static final int MIN_FALLBACK_SECONDS = 30;
    public static final int MAX_FALLBACK_SECONDS = 3600;
    public static final int MAX_EXTERNAL_ID = 100;

    private static final Pattern PHONE = Pattern.compile("\\d{7,15}");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");

    private RequestValidator() {
    }

    public static List<Violation> validate(OmniMessageRequest request, WireFormat format) {
        return validate(request, format, OmniRequestWriter.write(request, format));
    }

    /**
     * The same rules, for a request whose body is already written ({@code OmniRequestWriter.write(request,
     * format)}): a sender that posts the body it validated writes the JSON once, not twice.
     */
    public static List<Violation> validate(OmniMessageRequest request, WireFormat format, byte[] body) {
        List<Violation> violations = new ArrayList<>();
        phoneNumber(request, format, violations);
        if (request.messageType() == null) {
            violations.add(new Violation("message_type", "is required: ARN, MKT or OTP"));
        }
        channels(request, violations);
        for (Map.Entry<Channel, ChannelContent> entry : request.message().entrySet()) {
            content(entry.getKey(), entry.getValue(), format, violations);
        }
        request.externalId().ifPresent(id -> {
            if (id.length() > MAX_EXTERNAL_ID || !PRINTABLE_ASCII.matcher(id).matches()) {
                violations.add(new Violation("external_id",
                        "must be at most " + MAX_EXTERNAL_ID + " printable ASCII characters"));
            }
        });
        request.callbackUrl().ifPresent(url -> checkUrl("callback_url", url, violations));
        int size = body.length;
        if (size > MAX_BODY_BYTES) {
            violations.add(new Violation("body",
                    "is " + size + " bytes; Telesign accepts at most " + MAX_BODY_BYTES + " (10 KB)"));
        }
        return List.copyOf(violations);
    }

    private static void phoneNumber(OmniMessageRequest request, WireFormat format, List<Violation> violations) {
        String path = format.recipientField().path();
        if (request.phoneNumber() == null || request.phoneNumber().isBlank()) {
            violations.add(new Violation(path, "is required"));
        } else if (!PHONE.matcher(request.phoneNumber()).matches()) {
            violations.add(new Violation(path,
                    "must be 7 to 15 digits, country code first, without '+', spaces or dashes"));
        }
    }

    private static void channels(OmniMessageRequest request, List<Violation> violations) {
        if (request.channels().isEmpty()) {
            violations.add(new Violation("channels", "at least one channel is required"));
        }
        Map<Channel, Integer> seen = new HashMap<>();
        for (int i = 0; i < request.channels().size(); i++) {
            ChannelAttempt attempt = request.channels().get(i);
            Integer first = seen.putIfAbsent(attempt.channel(), i);
            if (first != null) {
                violations.add(new Violation("channels[" + i + "].channel",
                        "'" + attempt.channel() + "' is already channels[" + first + "]"));
            }
            int index = i;
            attempt.fallbackTimeSeconds().ifPresent(seconds -> {
                if (seconds < MIN_FALLBACK_SECONDS || seconds > MAX_FALLBACK_SECONDS) {
                    violations.add(new Violation("channels[" + index + "].fallback_time", "must be between "
                            + MIN_FALLBACK_SECONDS + " and " + MAX_FALLBACK_SECONDS + " seconds, was " + seconds));
                }
            });
            if (first == null && !request.message().containsKey(attempt.channel())) {
                violations.add(new Violation("message." + attempt.channel(),
                        "is required: channel '" + attempt.channel() + "' is tried but has no content"));
            }
        }
        for (Channel channel : request.message().keySet()) {
            if (!seen.containsKey(channel)) {
                violations.add(new Violation("message." + channel,
                        "channel '" + channel + "' has content but is not in channels"));
            }
        }
    }

    private static void content(Channel channel, ChannelContent content, WireFormat format,
                                List<Violation> violations) {
        String base = "message." + channel;
        String params = base + ".parameters.";
        if (content instanceof RcsUrlAction rcs) {
            if (!channel.equals(Channel.RCS)) {
                violations.add(new Violation(base + ".template", "url_action is an RCS template"));
            }
            required(params + "text", rcs.text(), violations);
            requiredUrl(params + "url", rcs.url(), violations);
            required(params + "url_text", rcs.urlText(), violations);
            required(params + format.linkIdField().jsonName(), rcs.linkId(), violations);
        } else if (content instanceof SmsText sms) {
            required(params + "text", sms.text(), violations);
        } else if (content instanceof TemplateContent template) {
            if (template.template().isBlank()) {
                violations.add(new Violation(base + ".template", "is required"));
            }
            knownTemplate(template, params, violations);
        }
    }

    /** A generic request using one of the guide's templates must still carry its parameters. */
    private static void knownTemplate(TemplateContent template, String params, List<Violation> violations) {
        Map<String, Object> p = template.parameters();
        switch (template.template().toLowerCase(Locale.ROOT)) {
            case RcsUrlAction.TEMPLATE -> {
                required(params + "text", text(p.get("text")), violations);
                requiredUrl(params + "url", text(p.get("url")), violations);
                required(params + "url_text", text(p.get("url_text")), violations);
                if (text(p.get("url_id")) == null && text(p.get("url_payload")) == null) {
                    violations.add(new Violation(params + "url_id", "is required (or url_payload)"));
                }
            }
            case SmsText.TEMPLATE -> required(params + "text", text(p.get("text")), violations);
            default -> {
                // Templates this library does not know are sent as given; Telesign judges them.
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void required(String path, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(path, "is required"));
        }
    }

    private static void requiredUrl(String path, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(path, "is required"));
        } else {
            checkUrl(path, value, violations);
        }
    }

    private static void checkUrl(String path, String value, List<Violation> violations) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                violations.add(new Violation(path, "must be a fully-qualified http:// or https:// URL"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(path, "must be a fully-qualified http:// or https:// URL ("
                    + e.getReason() + ")"));
        }
    }
}
