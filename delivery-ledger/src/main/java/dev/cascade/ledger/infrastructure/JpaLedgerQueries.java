package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.MessageView;
import dev.cascade.ledger.application.MessageView.ChannelView;
import dev.cascade.ledger.application.MessageView.HistoryView;
import dev.cascade.ledger.application.MessageView.ReceiptView;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.status.ReferenceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads messages back as views; no entity leaves this class. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaLedgerQueries implements LedgerQueries {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public Optional<MessageView> message(ReferenceId referenceId) {
        List<MessageEntity> found = em.createQuery("select m from MessageEntity m where m.referenceId = :ref", MessageEntity.class)
                .setParameter("ref", referenceId.value())
                .getResultList();
        return found.stream().findFirst().map(this::view);
    }

    @Override
    public long receiptCount(ReportSource source) {
        return em.createQuery("select count(r) from CallbackReceiptEntity r where r.source = :source", Long.class)
                .setParameter("source", source.name()).getSingleResult();
    }

    private MessageView view(MessageEntity m) {
        List<ChannelView> channels = em.createQuery(
                        "select c from ChannelStatusEntity c where c.messageId = :id order by c.attemptOrder, c.updatedOn", ChannelStatusEntity.class)
                .setParameter("id", m.id).getResultList().stream()
                .map(c -> new ChannelView(c.channel, c.attemptOrder, Optional.ofNullable(c.channelReferenceId), c.code,
                        nullToEmpty(c.description), c.updatedOn, c.timeEstimated, Optional.ofNullable(c.firstDeliveredAt),
                        Optional.ofNullable(c.readAt)))
                .toList();
        List<HistoryView> history = em.createQuery("select h from StatusHistoryEntity h where h.messageId = :id", StatusHistoryEntity.class)
                .setParameter("id", m.id).getResultList().stream()
                .sorted(Comparator.comparing((StatusHistoryEntity h) -> h.updatedOn != null ? h.updatedOn : h.receivedAt)
                        .thenComparing(h -> h.receivedAt).thenComparing(h -> h.id))
                .map(h -> new HistoryView(h.scope, h.code, nullToEmpty(h.description), Optional.ofNullable(h.channelReferenceId),
                        Optional.ofNullable(h.updatedOn), Optional.ofNullable(h.updatedOnRaw), h.receivedAt,
                        ReportSource.valueOf(h.source)))
                .toList();
        // By reference id too: callback_receipt is indexed on it (and on nothing else of a message).
        List<ReceiptView> receipts = em.createQuery("select r from CallbackReceiptEntity r where r.referenceId = :ref"
                        + " and r.messageId = :id order by r.receivedAt, r.id", CallbackReceiptEntity.class)
                .setParameter("ref", m.referenceId).setParameter("id", m.id).getResultList().stream()
                .map(r -> new ReceiptView(r.id, r.receivedAt, ReceiptVerdict.valueOf(r.verdict), Optional.ofNullable(r.reason),
                        Optional.ofNullable(r.warnings), r.body == null ? "" : new String(r.body, StandardCharsets.UTF_8),
                        r.bodyTruncated, Optional.ofNullable(r.bodyDeletedAt), ReportSource.valueOf(r.source)))
                .toList();
        List<String> requested = m.requestedChannels == null || m.requestedChannels.isBlank()
                ? List.of() : Arrays.asList(m.requestedChannels.split(","));
        return new MessageView(m.referenceId, Optional.ofNullable(m.externalId), Optional.ofNullable(m.phoneNumber),
                Optional.ofNullable(m.callingCode), Optional.ofNullable(m.messageType), Origin.valueOf(m.origin),
                Optional.ofNullable(m.sentBy), requested, Optional.ofNullable(m.fallbackTimeSeconds),
                Optional.ofNullable(m.statusCode), Optional.ofNullable(m.statusDescription), Optional.ofNullable(m.lastChannel),
                Optional.ofNullable(m.statusUpdatedOn), Outcome.valueOf(m.outcome), Optional.ofNullable(m.outcomeChannel),
                nullToEmpty(m.outcomeReason), m.sentAt, m.firstSeenAt, Optional.ofNullable(m.deliveredAt),
                Optional.ofNullable(m.readAt), m.flagged, channels, history, receipts,
                m.lastLookupAt == null ? Optional.empty()
                        : Optional.of(new MessageView.Lookups(m.lookupCount, m.lastLookupAt, nullToEmpty(m.lastLookupResult))));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

}
