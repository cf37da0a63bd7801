package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.retention.RetentionCutoffs;
import dev.cascade.ledger.retention.RetentionRun;
import dev.cascade.ledger.retention.RetentionStore;
import dev.cascade.ledger.retention.RunStatus;
import dev.cascade.ledger.retention.RunTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;

/**
 * Retention's batches as single statements, each its own transaction. The inner {@code SELECT ... ORDER BY
 * received_at LIMIT ?} walks an index on {@code received_at} from the oldest end (for bodies, the index of kept
 * bodies alone: see migration V3), so a batch costs the same however large the table, and locks only the old
 * rows it changes — never rows a callback being stored right now writes.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JpaRetentionStore implements RetentionStore {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public int deleteBodies(Instant before, Instant deletedAt, int limit) {
        return em.createNativeQuery("UPDATE callback_receipt SET body = NULL, body_deleted_at = ?1 WHERE id IN"
                        + " (SELECT id FROM callback_receipt WHERE body_deleted_at IS NULL AND received_at < ?2"
                        + " ORDER BY received_at LIMIT ?3)")
                .setParameter(1, deletedAt).setParameter(2, before).setParameter(3, limit)
                .executeUpdate();
    }

    @Override
    public int deleteReceipts(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM callback_receipt WHERE id IN"
                        + " (SELECT id FROM callback_receipt WHERE received_at < ?1 ORDER BY received_at LIMIT ?2)")
                .setParameter(1, before).setParameter(2, limit)
                .executeUpdate();
    }

    @Override
    public int deleteHistory(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM status_history WHERE id IN"
                        + " (SELECT id FROM status_history WHERE received_at < ?1 ORDER BY received_at LIMIT ?2)")
                .setParameter(1, before).setParameter(2, limit)
                .executeUpdate();
    }

    @Override
    public void record(RetentionRun run) {
        RetentionRunEntity row = new RetentionRunEntity();
        row.node = Columns.cut(run.node(), 128);
        row.trigger = run.trigger().name();
        row.status = run.status().name();
        row.startedAt = run.startedAt();
        row.finishedAt = run.finishedAt();
        row.bodiesBefore = run.cutoffs().bodiesBefore().orElse(null);
        row.receiptsBefore = run.cutoffs().receiptsBefore().orElse(null);
        row.historyBefore = run.cutoffs().historyBefore().orElse(null);
        row.bodiesDeleted = run.bodiesDeleted();
        row.receiptsDeleted = run.receiptsDeleted();
        row.historyDeleted = run.historyDeleted();
        row.error = run.error().map(e -> Columns.cut(e, 1024)).orElse(null);
        em.persist(row);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<RetentionRun> lastRun() {
        return em.createQuery("select r from RetentionRunEntity r order by r.id desc", RetentionRunEntity.class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(r -> new RetentionRun(r.node, RunTrigger.valueOf(r.trigger), RunStatus.valueOf(r.status), r.startedAt,
                        r.finishedAt, new RetentionCutoffs(Optional.ofNullable(r.bodiesBefore), Optional.ofNullable(r.receiptsBefore),
                                Optional.ofNullable(r.historyBefore)), r.bodiesDeleted, r.receiptsDeleted, r.historyDeleted,
                        Optional.ofNullable(r.error)));
    }
}
