package dev.cascade.telesign.status;

import java.util.Map;
import java.util.Optional;

/**
 * A Telesign messaging status code (3000 delivered, 3056 fallback time elapsed, ...) and what it
 * means for the channel that reported it.
 *
 * <p>The table follows Telesign's published codes; codes it does not list are {@link StatusKind#UNKNOWN}
 * and never end a message, so an unfamiliar code can delay a verdict but not falsify one.
 */
public record StatusCode(int value) implements Comparable<StatusCode> {

    public static final StatusCode DELIVERED = new StatusCode(3000);
    public static final StatusCode IN_PROGRESS = new StatusCode(3001);
    public static final StatusCode DELIVERED_TO_GATEWAY = new StatusCode(3002);
    public static final StatusCode DELIVERY_ERROR = new StatusCode(3003);
    public static final StatusCode NO_HANDSET_RECEIPT = new StatusCode(3004);
    public static final StatusCode READ = new StatusCode(3005);
    public static final StatusCode FALLBACK_TIME_ELAPSED = new StatusCode(3056);

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(3000, "Delivered"),
            Map.entry(3001, "Message in progress"),
            Map.entry(3002, "Delivered to gateway"),
            Map.entry(3003, "Delivery error"),
            Map.entry(3004, "Sent, no handset receipt (likely delivered)"),
            Map.entry(3005, "Read"),
            Map.entry(3006, "No channel enabled"),
            Map.entry(3033, "Message expired"),
            Map.entry(3054, "RBM provider parsing error"),
            Map.entry(3055, "Channel not supported by device"),
            Map.entry(3056, "Message failed to deliver in specified fallback time"),
            Map.entry(3059, "Too many rich-card elements"),
            Map.entry(3072, "Blocked by risk assessment"),
            Map.entry(3073, "Insufficient prepaid funds"),
            Map.entry(3112, "Template does not exist for the channel"),
            Map.entry(3116, "Request too large"),
            Map.entry(3203, "Callback URL override not enabled for the account"),
            Map.entry(3204, "Rate limit exceeded"),
            Map.entry(3205, "Hard cap reached"),
            Map.entry(3206, "Omnichannel not enabled for the account"),
            Map.entry(3207, "Rate limit exceeded"),
            Map.entry(3209, "Number not registered for testing"),
            Map.entry(3400, "Not authorized"),
            Map.entry(3500, "Service unavailable"));

    public static StatusCode of(int value) {
        return new StatusCode(value);
    }

    public StatusKind kind() {
        return switch (value) {
            case 3000 -> StatusKind.DELIVERED;
            case 3005 -> StatusKind.READ;
            case 3004 -> StatusKind.LIKELY_DELIVERED;
            // In progress, at the gateway, and the channel/fallback set-up notices Telesign sends
            // while it moves along the channel list.
            case 3001, 3002, 3100, 3101, 3200, 3202, 3306 -> StatusKind.IN_PROGRESS;
            case 3003, 3006, 3054, 3055, 3056, 3059, 3072, 3073, 3112, 3203, 3204, 3205, 3206, 3207,
                    3209 -> StatusKind.FAILED;
            default -> classifyRange();
        };
    }

    private StatusKind classifyRange() {
        if (value >= 3030 && value <= 3053) {
            return StatusKind.FAILED; // carrier-level results: expired, temporary and permanent failures
        }
        if (value >= 3100 && value <= 3599) {
            return StatusKind.FAILED; // request, account and service errors: the message went nowhere
        }
        return StatusKind.UNKNOWN;
    }

    public boolean isFinal() {
        return kind().isFinal();
    }

    /** Telesign's meaning of the code, where it is published. */
    public Optional<String> meaning() {
        return Optional.ofNullable(MEANINGS.get(value));
    }

    @Override
    public int compareTo(StatusCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
