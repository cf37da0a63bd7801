package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.rollup.Contribution;
import dev.cascade.ledger.rollup.MessageFacts;
import dev.cascade.ledger.rollup.RollupDeltas;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.StatusCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Keeps {@code outcome_rollup} and {@code delivery_time_rollup} in step with the messages, in the
 * transaction that changes them: so a committed state of the ledger always has aggregates equal to a
 * recount of its messages, whatever commits, fails or is retried around it.
 *
 * <p>The rows are written after the messages are locked and in one global order (the cells' natural
 * order), several per statement on PostgreSQL, one on H2 ({@link SqlDialect}); two transactions touching the same rows therefore lock them in the same
 * order and never deadlock. Each statement adds to the stored count ({@code messages + delta}), so
 * concurrent writers never overwrite each other.
 */
final class RollupWriter {

    private RollupWriter() {
    }

    /** Where a message counts, from its row and its channels' rows as they are now (in memory). */
    static Contribution contribution(MessageEntity message, Map<String, ChannelStatusEntity> channels) {
        ChannelStatusEntity rcs = channels.get(Channel.RCS.name());
        return Contribution.of(new MessageFacts(message.sentAt, Optional.ofNullable(message.messageType),
                Origin.valueOf(message.origin), Optional.ofNullable(message.callingCode), Outcome.valueOf(message.outcome),
                Optional.ofNullable(rcs).map(row -> StatusCode.of(row.code)),
                message.fallbackTimeSeconds == null ? OptionalInt.empty() : OptionalInt.of(message.fallbackTimeSeconds),
                Optional.ofNullable(message.deliveredAt)));
    }

    static void write(EntityManager em, SqlDialect dialect, RollupDeltas deltas) {
        write(em, dialect, RollupTable.OUTCOME, deltas.outcomes(), RollupTable::key);
        write(em, dialect, RollupTable.DELIVERY_TIME, deltas.deliveryTimes(), RollupTable::key);
    }

    private static <C> void write(EntityManager em, SqlDialect dialect, RollupTable table, SortedMap<C, Long> deltas,
                                  Function<C, List<Object>> key) {
        List<Map.Entry<C, Long>> rows = new ArrayList<>(deltas.entrySet());
        int perStatement = dialect.rowsPerStatement();
        for (int start = 0; start < rows.size(); start += perStatement) {
            List<Map.Entry<C, Long>> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
            Query statement = em.createNativeQuery(dialect.addToRollup(table, chunk.size()));
            int parameter = 1;
            for (Map.Entry<C, Long> row : chunk) {
                for (Object value : key.apply(row.getKey())) {
                    statement.setParameter(parameter++, value);
                }
                statement.setParameter(parameter++, row.getValue());
            }
            statement.executeUpdate();
        }
    }
}
