package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code callback_receipt}: a callback as received, and its verdict. */
@Entity
@Table(name = "callback_receipt")
class CallbackReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    Long id;

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Column(name = "reference_id")
    String referenceId;

    @Column(name = "message_id")
    Long messageId;

    @Column(name = "body")
    byte[] body;

    /** Set when retention deleted the body; the rest of the row is kept. */
    @Column(name = "body_deleted_at")
    Instant bodyDeletedAt;

    @Column(name = "body_size", nullable = false)
    int bodySize;

    @Column(name = "body_truncated", nullable = false)
    boolean bodyTruncated;

    @Column(name = "content_type")
    String contentType;

    @Column(name = "verdict", nullable = false)
    String verdict;

    @Column(name = "reason")
    String reason;

    @Column(name = "warnings")
    String warnings;

    @Column(name = "source", nullable = false)
    String source;

    protected CallbackReceiptEntity() {
    }
}
