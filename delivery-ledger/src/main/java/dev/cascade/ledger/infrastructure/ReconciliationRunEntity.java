package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code reconciliation_run}: one reconciliation run, for operators and for the next run's back-off. */
@Entity
@Table(name = "reconciliation_run")
class ReconciliationRunEntity extends JobRunEntity {

    @Column(name = "looked_up", nullable = false)
    int lookedUp;

    @Column(name = "reconciled", nullable = false)
    int reconciled;

    @Column(name = "unchanged", nullable = false)
    int unchanged;

    @Column(name = "not_found", nullable = false)
    int notFound;

    @Column(name = "failed", nullable = false)
    int failed;

    @Column(name = "rate_limited_runs", nullable = false)
    int rateLimitedRuns;

    @Column(name = "paused_until")
    Instant pausedUntil;

    @Column(name = "error")
    String error;

    protected ReconciliationRunEntity() {
    }
}
