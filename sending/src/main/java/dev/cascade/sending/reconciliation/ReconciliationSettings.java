package dev.cascade.sending.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reconciliation's settings from MicroProfile Config (documented in docs/operations.md), checked when the
 * application starts: a wrong value stops the deployment with the setting's name. Seconds throughout, so a test
 * (or an impatient demo) can shorten every wait.
 */
@ApplicationScoped
public class ReconciliationSettings {

    private ReconciliationPolicy policy;
    private String node;

    /** For CDI's proxy only. */
    protected ReconciliationSettings() {
    }

    @Inject
    public ReconciliationSettings(@ConfigProperty(name = "cascade.reconcile.enabled", defaultValue = "true") boolean enabled,
                                  @ConfigProperty(name = "cascade.reconcile.min-age-seconds", defaultValue = "900") long minAge,
                                  @ConfigProperty(name = "cascade.reconcile.window-seconds", defaultValue = "43200") long window,
                                  @ConfigProperty(name = "cascade.reconcile.repeat-seconds", defaultValue = "3600") long repeat,
                                  @ConfigProperty(name = "cascade.reconcile.interval-seconds", defaultValue = "300") long interval,
                                  @ConfigProperty(name = "cascade.reconcile.max-lookups", defaultValue = "500") int maxLookups,
                                  @ConfigProperty(name = "cascade.reconcile.max-consecutive-failures", defaultValue = "5") int maxFails,
                                  @ConfigProperty(name = "cascade.reconcile.backoff-seconds", defaultValue = "60") long backoff,
                                  @ConfigProperty(name = "cascade.reconcile.max-backoff-seconds", defaultValue = "3600") long maxBackoff,
                                  @ConfigProperty(name = "cascade.jobs.lease-seconds", defaultValue = "300") long lease,
                                  // WildFly names each node (-Djboss.node.name, by default the host name); runs record it.
                                  @ConfigProperty(name = "jboss.node.name", defaultValue = "cascade") String node) {
        if (node.isBlank()) {
            throw new IllegalArgumentException("jboss.node.name must not be blank");
        }
        this.policy = new ReconciliationPolicy(enabled, Duration.ofSeconds(minAge), Duration.ofSeconds(window),
                Duration.ofSeconds(repeat), Duration.ofSeconds(interval), maxLookups, maxFails, Duration.ofSeconds(backoff),
                Duration.ofSeconds(maxBackoff), Duration.ofSeconds(lease));
        this.node = node;
    }

    public ReconciliationPolicy policy() {
        return policy;
    }

    /** This node's name, as runs and leases record it. */
    public String node() {
        return node;
    }
}
