package dev.cascade.simulator.validation;

import static dev.cascade.simulator.validation.RequestError.INVALID_CHANNEL;
import static dev.cascade.simulator.validation.RequestError.MISSING_CHANNEL;
import static dev.cascade.simulator.validation.RequestError.MISSING_CHANNELS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.simulator.delivery.PlannedChannel;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.RequestValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code channels}: required and not empty (3300); every entry an object with a {@code channel}
 * (3301) from Telesign's enum, none twice, and a {@code fallback_time} that, if present, is a whole
 * number of seconds from 30 to 3600 (all 3113, "improperly formatted"). Channel names are exact:
 * Telesign's enum is lower case.
 */
final class ChannelRules {

    /** The {@code channel} enum of Telesign's API description. */
    static final Set<String> CHANNELS = Set.of("rcs", "whatsapp", "sms", "mms", "viber", "email");

    private ChannelRules() {
    }

    static List<ChannelEntry> check(JsonNode channels) throws RejectedRequest {
        if (channels == null || channels.isNull() || (channels.isArray() && channels.isEmpty())) {
            throw new RejectedRequest(MISSING_CHANNELS, "", "channels is required and must list at least one channel");
        }
        if (!channels.isArray()) {
            throw invalid(channels, "channels must be an array");
        }
        List<ChannelEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            JsonNode entry = channels.get(i);
            String path = "channels[" + i + "]";
            if (!entry.isObject()) {
                throw invalid(channels, path + " must be an object");
            }
            JsonNode name = entry.get("channel");
            if (name == null || name.isNull()) {
                throw new RejectedRequest(MISSING_CHANNEL, "", path + ".channel is required");
            }
            if (!name.isTextual() || !CHANNELS.contains(name.textValue())) {
                throw invalid(channels, path + ".channel must be one of " + new TreeSet<>(CHANNELS));
            }
            if (!seen.add(name.textValue())) {
                throw invalid(channels, path + ".channel '" + name.textValue() + "' is listed twice");
            }
            entries.add(new ChannelEntry(new Channel(name.textValue()), fallbackTime(entry.get("fallback_time"), channels, path)));
        }
        return entries;
    }

    private static Duration fallbackTime(JsonNode value, JsonNode channels, String path) throws RejectedRequest {
        if (value == null || value.isNull()) {
            return PlannedChannel.DEFAULT_FALLBACK_TIME;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < RequestValidator.MIN_FALLBACK_SECONDS
                || value.intValue() > RequestValidator.MAX_FALLBACK_SECONDS) {
            throw invalid(channels, path + ".fallback_time must be a whole number of seconds from "
                    + RequestValidator.MIN_FALLBACK_SECONDS + " to " + RequestValidator.MAX_FALLBACK_SECONDS
                    + ", was " + value);
        }
        return Duration.ofSeconds(value.intValue());
    }

    private static RejectedRequest invalid(JsonNode channels, String detail) {
        return new RejectedRequest(INVALID_CHANNEL, channels.toString(), detail);
    }
}
