package dev.cascade.ledger.jobs;

import java.util.Objects;
import java.time.Instant;
import java.util.Optional;

/**
 * A job's lease row as one node read it. {@code version} changes with every acquisition, so a node takes
 * the job only if the row is still the one it decided on.
 */
public record LeaseState(String job, Optional<String> holder, Optional<Instant> expiresAt, Optional<Instant> lastStartedAt,
                         long version) {

    public LeaseState {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastStartedAt, "lastStartedAt");
    }
}
