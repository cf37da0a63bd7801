package dev.cascade.ledger.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One retention run, as recorded in {@code retention_run}: when, where, what it deleted, how it ended. */
public record RetentionRun(String node, RunTrigger trigger, RunStatus status, Instant startedAt, Instant finishedAt,
                           RetentionCutoffs cutoffs, long bodiesDeleted, long receiptsDeleted, long historyDeleted,
                           Optional<String> error) {

    public RetentionRun {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(cutoffs, "cutoffs");
        Objects.requireNonNull(error, "error");
    }
}
