package dev.cascade.sending.reconciliation;

import dev.cascade.ledger.reconciliation.ReconciliationRun;
import java.util.Objects;
import java.util.Optional;

/**
 * What operators see of reconciliation: the policy in force on this node, whether Telesign's client is
 * configured (without it nothing can be looked up), and the cluster's last run.
 */
public record ReconciliationStatus(ReconciliationPolicy policy, boolean configured, Optional<ReconciliationRun> lastRun) {

    public ReconciliationStatus {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lastRun, "lastRun");
    }
}
