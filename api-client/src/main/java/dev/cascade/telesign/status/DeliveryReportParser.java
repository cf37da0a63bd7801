package dev.cascade.telesign.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.message.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads delivery callbacks and status-lookup answers, leniently where Telesign is inconsistent and
 * strictly where a wrong guess would falsify the ledger.
 *
 * <p>Lenient: unknown fields are ignored; {@code external_id} may be {@code null}, the string
 * {@code "null"} (as in Telesign's own example) or missing; codes may be numbers or numeric strings;
 * {@code channel_status} may be the documented list of one-key objects or a plain object; every
 * timestamp format Telesign uses is read, and one that is not becomes a warning. Strict: no
 * {@code reference_id}, a code that is not a number, or a status that is not an object make the
 * report malformed, with the path of the offending field.
 */
public final class DeliveryReportParser {

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,9}");
    private static final int MAX_ECHOED = 64;
    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\uFFFD';

    private DeliveryReportParser() {
    }

    public static ParsedReport parse(byte[] body) throws MalformedReportException {
        return parse(body, Optional.empty());
    }

    /**
     * @param knownReferenceId used when the document has no {@code reference_id} (a status lookup
     *                         already names the message in its URL)
     */
    public static ParsedReport parse(byte[] body, Optional<ReferenceId> knownReferenceId)
            throws MalformedReportException {
        JsonNode root = readJson(body);
        if (!root.isObject()) {
            throw new MalformedReportException("", "expected a JSON object, found " + typeOf(root));
        }
        List<String> warnings = new ArrayList<>();
        replaceNul(root, "", warnings);
        ReferenceId referenceId = referenceId(root.get("reference_id"), knownReferenceId);
        Optional<String> externalId = externalId(root.get("external_id"));
        Optional<OverallStatus> status = overall(root.get("status"), warnings);
        List<ChannelStatus> channels = channels(root.get("channel_status"), warnings);
        if (status.isEmpty() && channels.isEmpty()) {
            throw new MalformedReportException("", "neither status nor channel_status: not a delivery report");
        }
        return new ParsedReport(new DeliveryReport(referenceId, externalId, status, channels), warnings);
    }

    private static JsonNode readJson(byte[] body) throws MalformedReportException {
        try {
            return TelesignJson.read(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new MalformedReportException("", "not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new MalformedReportException("", "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static ReferenceId referenceId(JsonNode node, Optional<ReferenceId> known)
            throws MalformedReportException {
        if (isAbsent(node)) {
            return known.orElseThrow(() -> new MalformedReportException("reference_id", "is required"));
        }
        if (!node.isTextual()) {
            throw new MalformedReportException("reference_id", "expected a string, found " + typeOf(node));
        }
        try {
            return ReferenceId.of(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new MalformedReportException("reference_id", e.getMessage());
        }
    }

    private static Optional<String> externalId(JsonNode node) throws MalformedReportException {
        if (isAbsent(node)) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.asText());
        }
        if (!node.isTextual()) {
            throw new MalformedReportException("external_id", "expected a string, found " + typeOf(node));
        }
        return optionalText(node.textValue());
    }

    private static Optional<OverallStatus> overall(JsonNode node, List<String> warnings)
            throws MalformedReportException {
        if (isAbsent(node)) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new MalformedReportException("status", "expected an object, found " + typeOf(node));
        }
        Optional<Channel> lastChannel = Optional.empty();
        JsonNode last = node.get("last_channel");
        if (!isAbsent(last)) {
            lastChannel = channelName(last.asText()).or(() -> {
                warnings.add("status.last_channel: not a channel name: '" + echo(last.asText()) + "'");
                return Optional.empty();
            });
        }
        return Optional.of(new OverallStatus(code(node.get("code"), "status.code"),
                description(node.get("description"), "status.description"), lastChannel,
                timestamp(node.get("updated_on"), "status.updated_on", warnings)));
    }

    private static List<ChannelStatus> channels(JsonNode node, List<String> warnings)
            throws MalformedReportException {
        List<ChannelStatus> channels = new ArrayList<>();
        if (isAbsent(node)) {
            return channels;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                String path = "channel_status[" + i + "]";
                if (!entry.isObject()) {
                    throw new MalformedReportException(path, "expected an object, found " + typeOf(entry));
                }
                addEntries(entry, path, channels, warnings);
            }
        } else if (node.isObject()) {
            addEntries(node, "channel_status", channels, warnings);
        } else {
            throw new MalformedReportException("channel_status", "expected a list, found " + typeOf(node));
        }
        return channels;
    }

    private static void addEntries(JsonNode object, String path, List<ChannelStatus> into, List<String> warnings)
            throws MalformedReportException {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String fieldPath = path + "." + field.getKey();
            Channel channel = channelName(field.getKey()).orElseThrow(() ->
                    new MalformedReportException(path, "not a channel name: '" + echo(field.getKey()) + "'"));
            into.add(channelStatus(channel, field.getValue(), fieldPath, warnings));
        }
    }

    private static ChannelStatus channelStatus(Channel channel, JsonNode node, String path, List<String> warnings)
            throws MalformedReportException {
        if (!node.isObject()) {
            throw new MalformedReportException(path, "expected an object, found " + typeOf(node));
        }
        Optional<ReferenceId> referenceId = Optional.empty();
        JsonNode ref = node.get("reference_id");
        if (!isAbsent(ref)) {
            Optional<String> text = ref.isValueNode() ? optionalText(ref.asText()) : Optional.empty();
            try {
                referenceId = text.map(ReferenceId::of);
            } catch (IllegalArgumentException e) {
                warnings.add(path + ".reference_id: ignored, " + e.getMessage());
            }
        }
        return new ChannelStatus(channel, code(node.get("code"), path + ".code"),
                description(node.get("description"), path + ".description"), referenceId,
                timestamp(node.get("updated_on"), path + ".updated_on", warnings));
    }

    private static StatusCode code(JsonNode node, String path) throws MalformedReportException {
        if (isAbsent(node)) {
            throw new MalformedReportException(path, "is required");
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return StatusCode.of(node.intValue());
        }
        if (node.isTextual() && DIGITS.matcher(node.textValue().trim()).matches()) {
            return StatusCode.of(Integer.parseInt(node.textValue().trim()));
        }
        throw new MalformedReportException(path, "expected an integer status code, found " + typeOf(node));
    }

    private static String description(JsonNode node, String path) throws MalformedReportException {
        if (isAbsent(node)) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new MalformedReportException(path, "expected a string, found " + typeOf(node));
        }
        return node.asText();
    }

    private static Optional<TelesignTimestamp> timestamp(JsonNode node, String path, List<String> warnings) {
        if (isAbsent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            warnings.add(path + ": ignored, expected a timestamp, found " + typeOf(node));
            return Optional.empty();
        }
        TelesignTimestamp timestamp = TelesignTimestamp.parse(node.asText());
        if (!timestamp.isParsed()) {
            warnings.add(path + ": unreadable timestamp '" + echo(timestamp.raw()) + "'");
        }
        return Optional.of(timestamp);
    }

    private static Optional<Channel> channelName(String name) {
        try {
            return Optional.of(Channel.of(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Telesign writes a missing id as JSON null, as the string "null", or as an empty string. */
    private static Optional<String> optionalText(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() || trimmed.equalsIgnoreCase("null") ? Optional.empty() : Optional.of(text);
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Input echoed into messages is cut short and NUL-free: it came from outside. */
    private static String echo(String text) {
        String clean = text.replace(NUL, REPLACEMENT);
        return clean.length() <= MAX_ECHOED ? clean : clean.substring(0, MAX_ECHOED) + "…";
    }

    /**
     * Replaces U+0000 in every text value by U+FFFD, with a warning. No Telesign field has a use for it, and
     * PostgreSQL cannot store it in text: kept, it would fail the whole write of an otherwise good callback.
     */
    private static void replaceNul(JsonNode node, String path, List<String> warnings) {
        if (node instanceof ObjectNode object) {
            for (String name : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode value = object.get(name);
                if (value.isTextual() && value.textValue().indexOf(NUL) >= 0) {
                    object.put(name, value.textValue().replace(NUL, REPLACEMENT));
                    warnings.add(echo(path + name) + ": NUL characters replaced");
                } else {
                    replaceNul(value, path + name + ".", warnings);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual() && value.textValue().indexOf(NUL) >= 0) {
                    array.set(i, value.textValue().replace(NUL, REPLACEMENT));
                    warnings.add(echo(path + i) + ": NUL characters replaced");
                } else {
                    replaceNul(value, path + i + ".", warnings);
                }
            }
        }
    }
}
