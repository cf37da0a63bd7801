package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code reconciliation_run}: one reconciliation run, for operators and for the next run's back-off. */
@Entity
@Table(name = "reconciliation_run")
class ReconciliationRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "node", nullable = false)
    String node;

    @Column(name = "run_trigger", nullable = false)
    String trigger;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    Instant finishedAt;

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
