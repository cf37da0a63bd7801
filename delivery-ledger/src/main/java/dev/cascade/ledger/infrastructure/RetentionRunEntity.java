package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code retention_run}: one retention run, for operators. */
@Entity
@Table(name = "retention_run")
class RetentionRunEntity extends JobRunEntity {

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
