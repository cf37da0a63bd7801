package dev.cascade.simulator.validation;

import static dev.cascade.simulator.validation.RequestError.INVALID_REQUEST;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.simulator.delivery.PlannedChannel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code message}: for every channel tried (and {@code default}), a {@code template} and its
 * parameters. The templates Cascade relies on are checked as Telesign documents them — {@code url_action}
 * needs {@code text}, a fully-qualified {@code url}, {@code url_text} and a link id, which is
 * {@code url_id} in Telesign's guide and API example but {@code url_payload} in its schema (either is
 * accepted); {@code text} needs {@code text}. Other templates are taken as given. A channel with
 * neither its own entry nor {@code default} is accepted and reported as 3112 when its turn comes.
 */
final class ContentRules {

    private static final String DEFAULT = "default";

    private ContentRules() {
    }

    static List<PlannedChannel> plan(List<ChannelEntry> channels, JsonNode message) throws RejectedRequest {
        boolean hasDefault = present(message.get(DEFAULT));
        if (hasDefault) {
            checkContent(DEFAULT, message.get(DEFAULT));
        }
        List<PlannedChannel> planned = new ArrayList<>();
        for (ChannelEntry entry : channels) {
            String name = entry.channel().name();
            JsonNode content = message.get(name);
            if (present(content)) {
                checkContent(name, content);
            }
            planned.add(new PlannedChannel(entry.channel(), entry.fallbackTime(), present(content) || hasDefault));
        }
        return planned;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static void checkContent(String key, JsonNode content) throws RejectedRequest {
        String base = "message." + key;
        if (!content.isObject()) {
            throw invalid(base + " must be an object");
        }
        JsonNode template = content.get("template");
        if (template == null || !template.isTextual() || template.textValue().isBlank()) {
            throw invalid(base + ".template is required");
        }
        JsonNode parameters = content.path("parameters");
        if (!parameters.isMissingNode() && !parameters.isNull() && !parameters.isObject()) {
            throw invalid(base + ".parameters must be an object");
        }
        String params = base + ".parameters.";
        switch (template.textValue()) {
            case "url_action" -> {
                required(parameters, "text", params);
                required(parameters, "url", params);
                absoluteUrl(parameters.path("url").textValue(), params + "url");
                required(parameters, "url_text", params);
                if (!hasText(parameters, "url_id") && !hasText(parameters, "url_payload")) {
                    throw invalid(params + "url_id (or url_payload) is required");
                }
            }
            case "text" -> required(parameters, "text", params);
            default -> {
                // Other templates: Telesign knows them (or answers 3112 on the channel); taken as given.
            }
        }
    }

    private static void required(JsonNode parameters, String name, String path) throws RejectedRequest {
        if (!hasText(parameters, name)) {
            throw invalid(path + name + " is required");
        }
    }

    private static boolean hasText(JsonNode parameters, String name) {
        JsonNode value = parameters.path(name);
        return value.isTextual() && !value.textValue().isBlank();
    }

    private static void absoluteUrl(String url, String path) throws RejectedRequest {
        if (!isAbsoluteHttpUrl(url)) {
            throw invalid(path + " must be a fully-qualified http:// or https:// URL");
        }
    }

    static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static RejectedRequest invalid(String detail) {
        return new RejectedRequest(INVALID_REQUEST, "", detail);
    }
}
