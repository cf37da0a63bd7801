package dev.cascade.ledger.retention;

import java.util.Objects;
import java.util.Optional;

/** What operators see of retention: the policy in force on this node and the cluster's last run. */
public record RetentionStatus(RetentionPolicy policy, Optional<RetentionRun> lastRun) {

    public RetentionStatus {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lastRun, "lastRun");
    }
}
