package dev.cascade.ledger.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retention's settings from MicroProfile Config (documented in docs/operations.md), checked when the
 * application starts: a wrong value stops the deployment with the setting's name rather than deleting
 * something unintended later.
 */
@ApplicationScoped
public class RetentionSettings {

    private RetentionPolicy policy;
    private String node;

    /** For CDI's proxy only. */
    protected RetentionSettings() {
    }

    @Inject
    public RetentionSettings(@ConfigProperty(name = "cascade.retention.body-days", defaultValue = "30") int bodyDays,
                             @ConfigProperty(name = "cascade.retention.receipt-days", defaultValue = "0") int receiptDays,
                             @ConfigProperty(name = "cascade.retention.history-days", defaultValue = "0") int historyDays,
                             @ConfigProperty(name = "cascade.retention.batch-size", defaultValue = "1000") int batchSize,
                             @ConfigProperty(name = "cascade.retention.interval-minutes", defaultValue = "60") long intervalMinutes,
                             @ConfigProperty(name = "cascade.jobs.lease-seconds", defaultValue = "300") long leaseSeconds,
                             // WildFly names each node (-Djboss.node.name, by default the host name); runs record it.
                             @ConfigProperty(name = "jboss.node.name", defaultValue = "cascade") String node) {
        if (intervalMinutes < 0) {
            throw new IllegalArgumentException("cascade.retention.interval-minutes must be 0 (operator runs only) or more, was "
                    + intervalMinutes);
        }
        if (leaseSeconds < 1) {
            throw new IllegalArgumentException("cascade.jobs.lease-seconds must be positive, was " + leaseSeconds);
        }
        if (node.isBlank()) {
            throw new IllegalArgumentException("jboss.node.name must not be blank");
        }
        this.policy = new RetentionPolicy(bodyDays, receiptDays, historyDays, batchSize, Duration.ofMinutes(intervalMinutes),
                Duration.ofSeconds(leaseSeconds));
        this.node = node;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** This node's name, as runs and leases record it. */
    public String node() {
        return node;
    }
}
