package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every recorded background-job run has ({@code retention_run}, {@code reconciliation_run}): where it
 * ran, why, how it ended, and when. Each job's table adds its own counts.
 */
@MappedSuperclass
abstract class JobRunEntity {

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
}
