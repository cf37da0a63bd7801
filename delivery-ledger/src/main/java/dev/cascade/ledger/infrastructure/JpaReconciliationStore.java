package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.reconciliation.DueMessage;
import dev.cascade.ledger.reconciliation.DueSelection;
import dev.cascade.ledger.reconciliation.LookupResult;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.ledger.reconciliation.ReconciliationStore;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.telesign.status.ReferenceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation's statements, each its own transaction. The selection reads the pending-messages index of
 * migration V4 (partial on PostgreSQL), so a run costs the same however many decided messages the ledger holds.
 * Noting a lookup takes the message's row lock for one short update; the ledger's own writes never touch
 * the lookup columns, and this never touches theirs.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JpaReconciliationStore implements ReconciliationStore {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<DueMessage> due(DueSelection selection) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT reference_id, sent_at, lookup_count FROM message"
                        + " WHERE outcome = 'PENDING' AND sent_at >= ?1 AND sent_at <= ?2"
                        + " AND (last_lookup_at IS NULL OR last_lookup_at <= ?3)"
                        // Never looked up first, then the least recently looked up: a message Telesign keeps
                        // answering 404 (or "still pending") for must not starve the others behind it.
                        + " ORDER BY CASE WHEN last_lookup_at IS NULL THEN 0 ELSE 1 END, last_lookup_at, sent_at LIMIT ?4")
                .setParameter(1, selection.sentAfter()).setParameter(2, selection.sentBefore())
                .setParameter(3, selection.lookedUpBefore()).setParameter(4, selection.limit())
                .getResultList();
        return rows.stream()
                .map(row -> new DueMessage(ReferenceId.of((String) row[0]), instant(row[1]), ((Number) row[2]).intValue()))
                .toList();
    }

    @Override
    public void noteLookup(ReferenceId referenceId, Instant at, LookupResult result) {
        em.createNativeQuery("UPDATE message SET last_lookup_at = ?1, lookup_count = lookup_count + 1,"
                        + " last_lookup_result = ?2 WHERE reference_id = ?3")
                .setParameter(1, Columns.time(at)).setParameter(2, result.name()).setParameter(3, referenceId.value())
                .executeUpdate();
    }

    @Override
    public void record(ReconciliationRun run) {
        ReconciliationRunEntity row = new ReconciliationRunEntity();
        row.node = Columns.cut(run.node(), 128);
        row.trigger = run.trigger().name();
        row.status = run.status().name();
        row.startedAt = run.startedAt();
        row.finishedAt = run.finishedAt();
        row.lookedUp = run.lookedUp();
        row.reconciled = run.reconciled();
        row.unchanged = run.unchanged();
        row.notFound = run.notFound();
        row.failed = run.failed();
        row.rateLimitedRuns = run.rateLimitedRuns();
        row.pausedUntil = run.pausedUntil().orElse(null);
        row.error = run.error().map(e -> Columns.cut(e, 1024)).orElse(null);
        em.persist(row);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<ReconciliationRun> lastRun() {
        return em.createQuery("select r from ReconciliationRunEntity r order by r.id desc", ReconciliationRunEntity.class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(r -> new ReconciliationRun(r.node, RunTrigger.valueOf(r.trigger), ReconciliationRunStatus.valueOf(r.status),
                        r.startedAt, r.finishedAt, r.lookedUp, r.reconciled, r.unchanged, r.notFound, r.failed, r.rateLimitedRuns,
                        Optional.ofNullable(r.pausedUntil), Optional.ofNullable(r.error)));
    }

    /** Native queries hand back the JDBC driver's type for a timestamp with time zone. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("a time of unexpected type " + (value == null ? "null" : value.getClass().getName()));
    }
}
