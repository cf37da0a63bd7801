package dev.cascade.simulator.delivery;

import java.util.List;
import java.util.Objects;

/**
 * Everything that shapes a message's timeline.
 *
 * @param readProbability chance that a delivered RCS message is later read (3005), 0-1
 * @param failures        the carrier failures an unreachable handset ends with; one is picked per message
 */
public record TimelineSettings(HandsetShares shares, DeliveryDelays delays, double readProbability,
                               List<ChannelResult> failures) {

    public static final TimelineSettings DEFAULTS = new TimelineSettings(HandsetShares.DEFAULTS, DeliveryDelays.DEFAULTS,
            0.35, List.of(ChannelResult.failure(3033)));

    public TimelineSettings {
        Objects.requireNonNull(shares, "shares");
        Objects.requireNonNull(delays, "delays");
        if (!(readProbability >= 0 && readProbability <= 1)) {
            throw new IllegalArgumentException("the read probability is between 0 and 1, was " + readProbability);
        }
        failures = List.copyOf(failures);
        if (failures.isEmpty()) {
            throw new IllegalArgumentException("at least one failure code is needed");
        }
    }
}
