package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code message}. Created by native SQL (see {@link JpaDeliveryLedger}), updated through JPA. */
@Entity
@Table(name = "message")
class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "reference_id", nullable = false, updatable = false)
    String referenceId;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "phone_number")
    String phoneNumber;

    /** The phone number backwards, so that "ends with these digits" is an indexed prefix search. */
    @Column(name = "phone_reversed")
    String phoneReversed;

    @Column(name = "calling_code")
    String callingCode;

    @Column(name = "message_type")
    String messageType;

    @Column(name = "origin", nullable = false)
    String origin;

    @Column(name = "sent_by")
    String sentBy;

    @Column(name = "requested_channels")
    String requestedChannels;

    @Column(name = "fallback_time_seconds")
    Integer fallbackTimeSeconds;

    @Column(name = "status_code")
    Integer statusCode;

    @Column(name = "status_description")
    String statusDescription;

    @Column(name = "last_channel")
    String lastChannel;

    @Column(name = "status_updated_on")
    Instant statusUpdatedOn;

    @Column(name = "outcome", nullable = false)
    String outcome;

    @Column(name = "outcome_channel")
    String outcomeChannel;

    @Column(name = "outcome_reason")
    String outcomeReason;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    @Column(name = "first_seen_at", nullable = false)
    Instant firstSeenAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;

    @Column(name = "read_at")
    Instant readAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "flagged", nullable = false)
    boolean flagged;

    // Reconciliation's columns (migration V4), written only by JpaReconciliationStore's own update: the ledger's
    // update of a message never carries them, so a lookup noted meanwhile is not overwritten.
    @Column(name = "last_lookup_at", insertable = false, updatable = false)
    Instant lastLookupAt;

    @Column(name = "lookup_count", insertable = false, updatable = false)
    int lookupCount;

    @Column(name = "last_lookup_result", insertable = false, updatable = false)
    String lastLookupResult;

    protected MessageEntity() {
    }
}
