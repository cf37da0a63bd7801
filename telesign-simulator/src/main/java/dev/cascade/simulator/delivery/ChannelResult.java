package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A status a channel reports, with the description Telesign writes next to it. Where Telesign's
 * documents publish a text (the guide, the API description's status tables), that text is used.
 */
public record ChannelResult(StatusCode code, String description) {

    public static final ChannelResult IN_PROGRESS = new ChannelResult(StatusCode.IN_PROGRESS, "Message in progress");
    public static final ChannelResult DELIVERED = new ChannelResult(StatusCode.DELIVERED, "Delivered");
    public static final ChannelResult READ = new ChannelResult(StatusCode.READ, "Message is read");
    public static final ChannelResult FALLBACK_TIME_ELAPSED = new ChannelResult(StatusCode.FALLBACK_TIME_ELAPSED,
            "Message failed to deliver in specified fallback time");
    /** Telesign's answer for a channel it cannot build a message for (no content, no default). */
    public static final ChannelResult NO_TEMPLATE = new ChannelResult(StatusCode.of(3112),
            "Specified template does not exist for selected channel");

    /** Carrier-level failures with the texts Telesign publishes for them. */
    private static final Map<Integer, String> CARRIER_TEXTS = Map.of(
            3003, "Delivery error",
            3033, "Message expired",
            3041, "Carrier rejected - temporary problem",
            3055, "Delivery channel not supported by the end user's device");

    public ChannelResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    /** A failure code with Telesign's text for it, or Cascade's meaning, or "Delivery error". */
    public static ChannelResult failure(int code) {
        StatusCode status = StatusCode.of(code);
        String text = CARRIER_TEXTS.get(code);
        return new ChannelResult(status, text != null ? text : status.meaning().orElse("Delivery error"));
    }

    /**
     * Reads {@code 3033} or {@code 3033,3041:Carrier rejected - temporary problem}: codes separated by
     * commas, each optionally followed by {@code :description}.
     */
    public static List<ChannelResult> parseFailures(String text) {
        List<ChannelResult> results = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            int code;
            try {
                code = Integer.parseInt(parts[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not a status code", e);
            }
            results.add(parts.length == 2 && !parts[1].isBlank()
                    ? new ChannelResult(StatusCode.of(code), parts[1].trim()) : failure(code));
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("at least one failure code is needed");
        }
        return List.copyOf(results);
    }
}
