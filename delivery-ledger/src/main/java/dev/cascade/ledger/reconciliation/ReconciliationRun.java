package dev.cascade.ledger.reconciliation;

import dev.cascade.ledger.retention.RunTrigger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reconciliation run, as recorded in {@code reconciliation_run}.
 *
 * @param lookedUp        lookups made, whatever their answer
 * @param reconciled      answers that taught the ledger something (their callbacks were lost, or are late)
 * @param unchanged       answers the ledger already knew (the message is still in progress at Telesign too)
 * @param notFound        404s: Telesign no longer knows the reference id
 * @param failed          5xx, timeouts, unreadable answers; those messages are tried again on a later run
 * @param rateLimitedRuns runs in a row, this one included, that Telesign's rate limit stopped (0 if it did not)
 * @param pausedUntil     after a 429: no node looks anything up before this
 */
public record ReconciliationRun(String node, RunTrigger trigger, ReconciliationRunStatus status, Instant startedAt,
                                Instant finishedAt, int lookedUp, int reconciled, int unchanged, int notFound, int failed,
                                int rateLimitedRuns, Optional<Instant> pausedUntil, Optional<String> error) {

    public ReconciliationRun {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(pausedUntil, "pausedUntil");
        Objects.requireNonNull(error, "error");
    }
}
