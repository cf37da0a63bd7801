package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code status_history}: one distinct status, as first received. Never updated. */
@Entity
@Table(name = "status_history")
class StatusHistoryEntity {

    /** The scope of message-level statuses; channel statuses use the channel's name. */
    static final String MESSAGE_SCOPE = "message";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    Long messageId;

    @Column(name = "scope", nullable = false, updatable = false)
    String scope;

    @Column(name = "code", nullable = false, updatable = false)
    int code;

    @Column(name = "description", updatable = false)
    String description;

    @Column(name = "channel_reference_id", updatable = false)
    String channelReferenceId;

    @Column(name = "updated_on", updatable = false)
    Instant updatedOn;

    @Column(name = "updated_on_raw", updatable = false)
    String updatedOnRaw;

    @Column(name = "occurred_key", nullable = false, updatable = false)
    String occurredKey;

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Column(name = "receipt_id", updatable = false)
    Long receiptId;

    @Column(name = "source", nullable = false, updatable = false)
    String source;

    protected StatusHistoryEntity() {
    }
}
