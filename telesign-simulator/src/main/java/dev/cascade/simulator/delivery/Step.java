package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.DeliveryReport;
import java.time.Duration;
import java.util.Objects;

/**
 * One moment of a message's life: the delivery report Telesign would send then.
 *
 * @param offset simulated time since the message was accepted (before any compression)
 */
public record Step(Duration offset, DeliveryReport report) {

    public Step {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(report, "report");
    }
}
