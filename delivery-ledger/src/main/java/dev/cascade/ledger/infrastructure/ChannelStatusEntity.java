package dev.cascade.ledger.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code channel_status}: the standing status of one channel of one message. */
@Entity
@Table(name = "channel_status")
class ChannelStatusEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    Long messageId;

    @Column(name = "channel", nullable = false, updatable = false)
    String channel;

    @Column(name = "attempt_order", nullable = false)
    int attemptOrder;

    @Column(name = "channel_reference_id")
    String channelReferenceId;

    @Column(name = "code", nullable = false)
    int code;

    @Column(name = "description")
    String description;

    @Column(name = "updated_on", nullable = false)
    Instant updatedOn;

    @Column(name = "time_estimated", nullable = false)
    boolean timeEstimated;

    @Column(name = "first_delivered_at")
    Instant firstDeliveredAt;

    @Column(name = "read_at")
    Instant readAt;

    protected ChannelStatusEntity() {
    }

    ChannelStatusEntity(Long messageId, String channel, int attemptOrder) {
        this.messageId = messageId;
        this.channel = channel;
        this.attemptOrder = attemptOrder;
    }
}
