package dev.cascade.ledger.application;

import dev.cascade.ledger.domain.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A message as the ledger knows it, with its channels, status history and receipts. */
public record MessageView(String referenceId, Optional<String> externalId, Optional<String> phoneNumber,
                          Optional<String> callingCode, Optional<String> messageType, Origin origin,
                          Optional<String> sentBy, List<String> requestedChannels, Optional<Integer> fallbackTimeSeconds,
                          Optional<Integer> statusCode, Optional<String> statusDescription, Optional<String> lastChannel,
                          Optional<Instant> statusUpdatedOn, Outcome outcome, Optional<String> outcomeChannel,
                          String outcomeReason, Instant sentAt, Instant firstSeenAt, Optional<Instant> deliveredAt,
                          Optional<Instant> readAt, boolean flagged, List<ChannelView> channels,
                          List<HistoryView> history, List<ReceiptView> receipts, Optional<Lookups> lookups) {

    /** Whether some status of the message was learned by a status lookup rather than from its callback. */
    public boolean reconciled() {
        return history.stream().anyMatch(h -> h.source() == ReportSource.RECONCILED);
    }

    /**
     * Cascade's status lookups of the message at Telesign (reconciliation), when there were any.
     *
     * @param lastResult FOUND, NOT_FOUND (Telesign no longer knows it) or FAILED
     */
    public record Lookups(int count, Instant lastAt, String lastResult) {
    }

    /** A channel's standing status. */
    public record ChannelView(String channel, int attemptOrder, Optional<String> channelReferenceId, int code,
                              String description, Instant updatedOn, boolean timeEstimated,
                              Optional<Instant> firstDeliveredAt, Optional<Instant> readAt) {
    }

    /** One distinct status ever reported; scope is {@code message} or a channel name. */
    public record HistoryView(String scope, int code, String description, Optional<String> channelReferenceId,
                              Optional<Instant> updatedOn, Optional<String> updatedOnRaw, Instant receivedAt,
                              ReportSource source) {
    }

    /**
     * A callback received for this message.
     *
     * @param body          the raw body as text; empty once retention deleted it
     * @param bodyDeletedAt when retention deleted the raw body, if it did
     */
    public record ReceiptView(long id, Instant receivedAt, ReceiptVerdict verdict, Optional<String> reason,
                              Optional<String> warnings, String body, boolean bodyTruncated, Optional<Instant> bodyDeletedAt,
                              ReportSource source) {
    }
}
