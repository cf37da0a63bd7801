package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code retention_run}: one retention run, for operators. */
@Entity
@Table(name = "retention_run")
class RetentionRunEntity {

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

    @Column(name = "bodies_before")
    Instant bodiesBefore;

    @Column(name = "receipts_before")
    Instant receiptsBefore;

    @Column(name = "history_before")
    Instant historyBefore;

    @Column(name = "bodies_deleted", nullable = false)
    long bodiesDeleted;

    @Column(name = "receipts_deleted", nullable = false)
    long receiptsDeleted;

    @Column(name = "history_deleted", nullable = false)
    long historyDeleted;

    @Column(name = "error")
    String error;

    protected RetentionRunEntity() {
    }
}
