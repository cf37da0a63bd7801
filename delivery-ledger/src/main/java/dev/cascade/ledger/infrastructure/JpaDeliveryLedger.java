package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.RejectedCallback;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.domain.CallingCode;
import dev.cascade.ledger.domain.ChannelState;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.domain.OutcomeRules;
import dev.cascade.ledger.domain.OutcomeVerdict;
import dev.cascade.ledger.domain.StatusPrecedence;
import dev.cascade.ledger.domain.StatusPrecedence.Candidate;
import dev.cascade.ledger.rollup.Contribution;
import dev.cascade.ledger.rollup.RollupDeltas;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The ledger on JPA, applying reports in batches under row locks.
 *
 * <p>Concurrency: a message's row is created with {@code INSERT ... ON CONFLICT DO NOTHING} (so two
 * first callbacks agree on one row without an error) and then locked {@code FOR UPDATE}; everything
 * else about the message — channel rows, history, outcome — is written only while that lock is held.
 * Rows are created and locked in reference-id order, so two batches never wait on each other in a
 * cycle. Nodes share nothing but the database, so this holds across servers too.
 *
 * <p>Order-proofness: a channel's stored status is the maximum of all its statuses under
 * {@link StatusPrecedence}; delivery and read times are minima; history rows are unique per
 * (message, scope, code, moment). The outcome is then recomputed from the stored channel rows.
 *
 * <p>Aggregates: in the same transaction, every message it changed is moved from the dashboard's aggregate
 * cells it counted in to those it counts in now ({@link RollupWriter}); a message created by this
 * transaction counted nowhere before.
 */
@ApplicationScoped
public class JpaDeliveryLedger implements DeliveryLedger {

    static final int REJECTED_BODY_LIMIT = 4096;

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/CascadeDS")
    DataSource dataSource;

    private volatile SqlDialect dialect;

    @Override
    @Transactional
    public List<ApplyResult> apply(List<IncomingReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, Instant> firstTimes = new TreeMap<>();
        for (IncomingReport report : reports) {
            firstTimes.merge(report.report().referenceId().value(), earliest(report), (a, b) -> a.isBefore(b) ? a : b);
        }
        Locked locked = createAndLock(firstTimes, Origin.CALLBACK, now);
        Map<String, MessageEntity> messages = locked.byReference();
        List<Long> ids = messages.values().stream().map(m -> m.id).toList();
        Map<Long, Map<String, ChannelStatusEntity>> channels = loadChannels(ids);
        Set<HistoryKey> history = loadHistoryKeys(ids);
        Map<String, Optional<Contribution>> before = new TreeMap<>();
        messages.forEach((reference, message) -> before.put(reference, locked.created().contains(reference) ? Optional.empty()
                : Optional.of(RollupWriter.contribution(message, channels.getOrDefault(message.id, Map.of())))));

        List<ApplyResult> results = new ArrayList<>(reports.size());
        for (IncomingReport incoming : reports) {
            MessageEntity message = messages.get(incoming.report().referenceId().value());
            Map<String, ChannelStatusEntity> rows = channels.computeIfAbsent(message.id, id -> new HashMap<>());
            CallbackReceiptEntity receipt = receipt(incoming, message.id);
            em.persist(receipt);
            boolean news = new ReportApplication(message, rows, history, incoming, receipt.id).run();
            if (news || locked.created().contains(message.referenceId)) {
                // A re-send changes nothing, not even updated_at: a replayed callback leaves the row as it was
                // (and costs no UPDATE).
                recompute(message, rows, now);
            }
            receipt.verdict = (news ? ReceiptVerdict.APPLIED : ReceiptVerdict.DUPLICATE).name();
            results.add(new ApplyResult(receipt.id, ReceiptVerdict.valueOf(receipt.verdict), Outcome.valueOf(message.outcome)));
        }
        RollupDeltas deltas = new RollupDeltas();
        before.forEach((reference, contribution) -> {
            MessageEntity message = messages.get(reference);
            deltas.move(contribution, RollupWriter.contribution(message, channels.getOrDefault(message.id, Map.of())));
        });
        RollupWriter.write(em, dialect(), deltas);
        return results;
    }

    @Override
    @Transactional
    public long recordRejected(RejectedCallback rejected) {
        CallbackReceiptEntity receipt = new CallbackReceiptEntity();
        receipt.receivedAt = rejected.receivedAt();
        receipt.referenceId = rejected.referenceId().map(id -> Columns.cut(id, 64)).orElse(null);
        byte[] body = rejected.rawBody();
        receipt.body = body.length <= REJECTED_BODY_LIMIT ? body : Arrays.copyOf(body, REJECTED_BODY_LIMIT);
        receipt.bodySize = body.length;
        receipt.bodyTruncated = body.length > REJECTED_BODY_LIMIT;
        receipt.contentType = Columns.cut(rejected.contentType(), Columns.CONTENT_TYPE);
        receipt.verdict = ReceiptVerdict.REJECTED.name();
        receipt.reason = Columns.cut(rejected.reason(), Columns.REASON);
        receipt.source = "CALLBACK";
        em.persist(receipt);
        return receipt.id;
    }

    @Override
    @Transactional
    public void recordSend(SendRecord send) {
        Instant now = clock.instant();
        Instant sentAt = Columns.time(send.sentAt());
        String reference = send.referenceId().value();
        Locked locked = createAndLock(Map.of(reference, sentAt), send.origin(), now);
        MessageEntity message = locked.byReference().get(reference);
        Map<String, ChannelStatusEntity> rows = loadChannels(List.of(message.id)).getOrDefault(message.id, new HashMap<>());
        Optional<Contribution> before = locked.created().contains(reference) ? Optional.empty()
                : Optional.of(RollupWriter.contribution(message, rows));
        message.origin = send.origin().name();
        message.phoneNumber = send.phoneNumber();
        message.phoneReversed = new StringBuilder(send.phoneNumber()).reverse().toString();
        message.callingCode = CallingCode.of(send.phoneNumber()).orElse(null);
        message.messageType = send.messageType();
        send.externalId().ifPresent(id -> message.externalId = Columns.cut(id, Columns.EXTERNAL_ID));
        message.requestedChannels = send.requestedChannels().stream().map(Channel::name).collect(Collectors.joining(","));
        message.fallbackTimeSeconds = send.fallbackTimeSeconds().isPresent() ? send.fallbackTimeSeconds().getAsInt() : null;
        message.sentAt = sentAt;
        message.sentBy = send.sentBy().orElse(null);
        recompute(message, rows, now);
        RollupDeltas deltas = new RollupDeltas();
        deltas.move(before, RollupWriter.contribution(message, rows));
        RollupWriter.write(em, dialect(), deltas);
    }

    /** The message rows of a transaction, locked, and which of them it created. */
    private record Locked(Map<String, MessageEntity> byReference, Set<String> created) {
    }

    /**
     * Creates the missing message rows (in reference-id order; up to 50 per statement on PostgreSQL, one on
     * H2) and locks all of them.
     *
     * @param firstTimes reference id → the time to record as sent for a row created now, sorted
     */
    private Locked createAndLock(Map<String, Instant> firstTimes, Origin origin, Instant now) {
        SqlDialect dialect = dialect();
        List<Map.Entry<String, Instant>> rows = new ArrayList<>(new TreeMap<>(firstTimes).entrySet());
        Set<String> created = new HashSet<>();
        for (int start = 0; start < rows.size(); start += dialect.rowsPerStatement()) {
            List<Map.Entry<String, Instant>> chunk = rows.subList(start, Math.min(rows.size(), start + dialect.rowsPerStatement()));
            Query insert = em.createNativeQuery(dialect.createMessagesIfAbsent(chunk.size()));
            int parameter = 1;
            for (Map.Entry<String, Instant> row : chunk) {
                for (Object value : List.of(row.getKey(), origin.name(), Outcome.PENDING.name(), row.getValue(), now, now)) {
                    insert.setParameter(parameter++, value);
                }
            }
            if (dialect.returnsCreatedReferences()) {
                for (Object reference : insert.getResultList()) {
                    created.add((String) reference);
                }
            } else if (insert.executeUpdate() == 1) {
                created.add(chunk.get(0).getKey());
            }
        }
        // Native SQL on the hot path: Hibernate translates a JPQL query with a list parameter again for each
        // execution (the benchmark's profile put its query layer on half the ingest samples); these are parsed once.
        @SuppressWarnings("unchecked")
        List<MessageEntity> locked = em.createNativeQuery(
                        "SELECT * FROM message WHERE reference_id IN (:refs) ORDER BY reference_id FOR UPDATE", MessageEntity.class)
                .setParameter("refs", firstTimes.keySet())
                .getResultList();
        Map<String, MessageEntity> byReference = new HashMap<>();
        locked.forEach(m -> byReference.put(m.referenceId, m));
        return new Locked(byReference, created);
    }

    private SqlDialect dialect() {
        if (dialect == null) {
            try (Connection connection = dataSource.getConnection()) {
                dialect = SqlDialect.of(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new PersistenceException("cannot tell which database the ledger is on", e);
            }
        }
        return dialect;
    }

    private Map<Long, Map<String, ChannelStatusEntity>> loadChannels(List<Long> messageIds) {
        Map<Long, Map<String, ChannelStatusEntity>> channels = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<ChannelStatusEntity> rows = em.createNativeQuery("SELECT * FROM channel_status WHERE message_id IN (:ids)",
                        ChannelStatusEntity.class)
                .setParameter("ids", messageIds)
                .getResultList();
        rows.forEach(c -> channels.computeIfAbsent(c.messageId, id -> new HashMap<>()).put(c.channel, c));
        return channels;
    }

    private Set<HistoryKey> loadHistoryKeys(List<Long> messageIds) {
        Set<HistoryKey> keys = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT message_id, scope, code, occurred_key FROM status_history"
                        + " WHERE message_id IN (:ids)")
                .setParameter("ids", messageIds)
                .getResultList();
        rows.forEach(row -> keys.add(new HistoryKey(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                (String) row[3])));
        return keys;
    }

    private static CallbackReceiptEntity receipt(IncomingReport incoming, Long messageId) {
        CallbackReceiptEntity receipt = new CallbackReceiptEntity();
        receipt.receivedAt = incoming.receivedAt();
        receipt.referenceId = incoming.report().referenceId().value();
        receipt.messageId = messageId;
        receipt.body = incoming.rawBody();
        receipt.bodySize = incoming.rawBody().length;
        receipt.contentType = Columns.cut(incoming.contentType(), Columns.CONTENT_TYPE);
        receipt.warnings = incoming.warnings().isEmpty() ? null
                : Columns.cut(String.join("; ", incoming.warnings()), Columns.WARNINGS);
        receipt.source = incoming.source().name();
        receipt.verdict = ReceiptVerdict.APPLIED.name();
        return receipt;
    }

    private static Instant earliest(IncomingReport incoming) {
        DeliveryReport report = incoming.report();
        Instant earliest = Columns.time(incoming.receivedAt());
        for (ChannelStatus status : report.channels()) {
            Instant t = Timed.of(status.updatedOn(), incoming.receivedAt()).effective();
            earliest = t.isBefore(earliest) ? t : earliest;
        }
        if (report.status().isPresent()) {
            Instant t = Timed.of(report.status().get().updatedOn(), incoming.receivedAt()).effective();
            earliest = t.isBefore(earliest) ? t : earliest;
        }
        return earliest;
    }

    /** Recomputes the outcome and its times from the stored channel rows, never from arrival order. */
    private static void recompute(MessageEntity message, Map<String, ChannelStatusEntity> rows, Instant now) {
        List<ChannelStatusEntity> ordered = rows.values().stream()
                .sorted(Comparator.comparingInt((ChannelStatusEntity c) -> c.attemptOrder)
                        .thenComparing(c -> c.updatedOn).thenComparing(c -> c.channel))
                .toList();
        List<ChannelState> states = ordered.stream()
                .map(c -> new ChannelState(new Channel(c.channel), StatusCode.of(c.code), c.updatedOn, c.timeEstimated))
                .toList();
        List<Channel> requested = message.requestedChannels == null || message.requestedChannels.isBlank()
                ? List.of() : Arrays.stream(message.requestedChannels.split(",")).map(Channel::new).toList();
        OutcomeVerdict verdict = OutcomeRules.decide(states,
                Optional.ofNullable(message.statusCode).map(StatusCode::of), requested);
        message.outcome = verdict.outcome().name();
        message.outcomeChannel = verdict.channel().map(Channel::name).orElse(null);
        message.outcomeReason = Columns.cut(verdict.reason(), Columns.REASON);
        ChannelStatusEntity decisive = message.outcomeChannel == null ? null : rows.get(message.outcomeChannel);
        message.deliveredAt = verdict.outcome().isDelivered() && decisive != null ? decisive.firstDeliveredAt : null;
        message.readAt = rows.values().stream().map(c -> c.readAt).filter(t -> t != null).min(Instant::compareTo).orElse(null);
        message.updatedAt = now;
    }

    /** Applies one report to a locked message; says whether it taught the ledger anything. */
    private final class ReportApplication {
        private final MessageEntity message;
        private final Map<String, ChannelStatusEntity> rows;
        private final Set<HistoryKey> history;
        private final IncomingReport incoming;
        private final Long receiptId;
        private boolean news;

        ReportApplication(MessageEntity message, Map<String, ChannelStatusEntity> rows, Set<HistoryKey> history,
                          IncomingReport incoming, Long receiptId) {
            this.message = message;
            this.rows = rows;
            this.history = history;
            this.incoming = incoming;
            this.receiptId = receiptId;
        }

        boolean run() {
            DeliveryReport report = incoming.report();
            if (message.externalId == null && report.externalId().isPresent()) {
                message.externalId = Columns.cut(report.externalId().get(), Columns.EXTERNAL_ID);
                news = true;
            }
            report.status().ifPresent(this::overall);
            List<ChannelStatus> channels = report.channels();
            if (channels.isEmpty() && report.status().flatMap(OverallStatus::lastChannel).isPresent()) {
                // A report without channel_status still says where the message stands on its last channel.
                OverallStatus status = report.status().get();
                channels = List.of(new ChannelStatus(status.lastChannel().get(), status.code(), status.description(),
                        Optional.empty(), status.updatedOn()));
            }
            for (int i = 0; i < channels.size(); i++) {
                channel(channels.get(i), i);
            }
            return news;
        }

        private void overall(OverallStatus status) {
            Timed time = Timed.of(status.updatedOn(), incoming.receivedAt());
            record(StatusHistoryEntity.MESSAGE_SCOPE, status.code(), status.description(), null, time);
            boolean supersedes = message.statusCode == null || StatusPrecedence.supersedes(
                    new Candidate(status.code(), time.effective()),
                    new Candidate(StatusCode.of(message.statusCode), message.statusUpdatedOn));
            if (supersedes) {
                message.statusCode = status.code().value();
                message.statusDescription = Columns.cut(status.description(), Columns.DESCRIPTION);
                message.lastChannel = status.lastChannel().map(Channel::name).orElse(message.lastChannel);
                message.statusUpdatedOn = time.effective();
                news = true;
            }
            noteTime(time);
        }

        private void channel(ChannelStatus status, int position) {
            Timed time = Timed.of(status.updatedOn(), incoming.receivedAt());
            String name = status.channel().name();
            String reference = status.referenceId().map(r -> r.value()).orElse(null);
            record(name, status.code(), status.description(), reference, time);
            ChannelStatusEntity row = rows.get(name);
            if (row == null) {
                row = new ChannelStatusEntity(message.id, name, position);
                set(row, status, time, reference);
                em.persist(row);
                rows.put(name, row);
                news = true;
            } else if (StatusPrecedence.supersedes(new Candidate(status.code(), time.effective()),
                    new Candidate(StatusCode.of(row.code), row.updatedOn))) {
                set(row, status, time, reference);
                news = true;
            } else if (row.channelReferenceId == null && reference != null) {
                row.channelReferenceId = reference;
                news = true;
            }
            // The earliest position any report gave the channel: the same whatever the arrival order.
            row.attemptOrder = Math.min(row.attemptOrder, position);
            StatusKind kind = status.code().kind();
            if (kind.isDelivered()) {
                row.firstDeliveredAt = min(row.firstDeliveredAt, time.effective());
            }
            if (kind == StatusKind.READ) {
                row.readAt = min(row.readAt, time.effective());
            }
            noteTime(time);
        }

        private void set(ChannelStatusEntity row, ChannelStatus status, Timed time, String reference) {
            row.code = status.code().value();
            row.description = Columns.cut(status.description(), Columns.DESCRIPTION);
            row.updatedOn = time.effective();
            row.timeEstimated = time.estimated();
            if (reference != null) {
                row.channelReferenceId = reference;
            }
        }

        /** Adds a history row unless this exact status is already known. */
        private void record(String scope, StatusCode code, String description, String reference, Timed time) {
            HistoryKey key = new HistoryKey(message.id, scope, code.value(), time.key());
            if (!history.add(key)) {
                return;
            }
            StatusHistoryEntity row = new StatusHistoryEntity();
            row.messageId = message.id;
            row.scope = scope;
            row.code = code.value();
            row.description = Columns.cut(description, Columns.DESCRIPTION);
            row.channelReferenceId = reference;
            row.updatedOn = time.telesign().orElse(null);
            row.updatedOnRaw = time.raw().orElse(null);
            row.occurredKey = time.key();
            row.receivedAt = incoming.receivedAt();
            row.receiptId = receiptId;
            row.source = incoming.source().name();
            em.persist(row);
            news = true;
        }

        /** Callback-only messages date from their earliest status; estimated times flag the message. */
        private void noteTime(Timed time) {
            if (time.estimated()) {
                message.flagged = true;
            }
            if (Origin.CALLBACK.name().equals(message.origin) && time.effective().isBefore(message.sentAt)) {
                message.sentAt = time.effective();
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private record HistoryKey(Long messageId, String scope, int code, String occurredKey) {
    }
}
