package dev.cascade.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The statements that differ per database: the same parameters, in the same order, on both. */
class SqlDialectTest {

    private static long parameters(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void postgresqlCreatesManyMessagesAtOnceAndReturnsThoseItInserted() {
        String sql = SqlDialect.POSTGRESQL.createMessagesIfAbsent(3);

        assertThat(sql).endsWith("ON CONFLICT (reference_id) DO NOTHING RETURNING reference_id");
        assertThat(parameters(sql)).isEqualTo(18);
        assertThat(SqlDialect.POSTGRESQL.returnsCreatedReferences()).isTrue();
    }

    @Test
    void h2CreatesOneMessagePerStatementAndCountsIt() {
        String sql = SqlDialect.H2.createMessagesIfAbsent(1);

        assertThat(sql).startsWith("MERGE INTO message m USING (VALUES").contains("WHEN NOT MATCHED THEN INSERT");
        assertThat(parameters(sql)).isEqualTo(6);
        assertThat(SqlDialect.H2.returnsCreatedReferences()).isFalse();
    }

    @Test
    void h2NeverWritesSeveralRowsInOneStatement() {
        // H2 2.2 re-runs a statement that waited for a lock without undoing its first rows.
        assertThat(SqlDialect.H2.rowsPerStatement()).isEqualTo(1);
        assertThatThrownBy(() -> SqlDialect.H2.createMessagesIfAbsent(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlDialect.H2.addToRollup(RollupTable.OUTCOME, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rollupRowsAreAddedToNotOverwritten() {
        String postgres = SqlDialect.POSTGRESQL.addToRollup(RollupTable.OUTCOME, 2);
        String h2 = SqlDialect.H2.addToRollup(RollupTable.OUTCOME, 1);

        assertThat(postgres).contains("ON CONFLICT (message_type, calling_code, hour_start, origin, outcome, rcs_failure_code,"
                + " fallback_time_seconds) DO UPDATE SET messages = outcome_rollup.messages + EXCLUDED.messages");
        assertThat(h2).contains("WHEN MATCHED THEN UPDATE SET messages = r.messages + s.messages");
        assertThat(parameters(postgres)).isEqualTo(16);
        assertThat(parameters(h2)).isEqualTo(8);
        assertThat(parameters(SqlDialect.POSTGRESQL.addToRollup(RollupTable.DELIVERY_TIME, 3))).isEqualTo(24);
    }

    @Test
    void aJobsLeaseRowIsCreatedOnceWhicheverNodeAsksFirst() {
        assertThat(SqlDialect.POSTGRESQL.createLeaseIfAbsent()).endsWith("ON CONFLICT (name) DO NOTHING");
        assertThat(SqlDialect.H2.createLeaseIfAbsent()).startsWith("MERGE INTO job_lease").endsWith("WHEN NOT MATCHED THEN INSERT (name) VALUES (s.name)");
        assertThat(parameters(SqlDialect.POSTGRESQL.createLeaseIfAbsent())).isEqualTo(1);
        assertThat(parameters(SqlDialect.H2.createLeaseIfAbsent())).isEqualTo(1);
    }

    @Test
    void onlyPostgresqlIndexesTheKeptBodiesAlone() {
        assertThat(SqlDialect.POSTGRESQL.keptBodiesIndex()).isEqualTo("(received_at) WHERE body_deleted_at IS NULL");
        assertThat(SqlDialect.H2.keptBodiesIndex()).as("no partial indexes on H2: the kept bodies are the null group")
                .isEqualTo("(body_deleted_at, received_at)");
    }

    @Test
    void onlyPostgresqlIndexesThePendingMessagesAlone() {
        assertThat(SqlDialect.POSTGRESQL.pendingMessagesIndex()).isEqualTo("(sent_at) WHERE outcome = 'PENDING'");
        assertThat(SqlDialect.H2.pendingMessagesIndex()).as("no partial indexes on H2: the outcome leads instead")
                .isEqualTo("(outcome, sent_at)");
    }

    @Test
    void theDatabaseIsToldByItsProductName() {
        assertThat(SqlDialect.of("H2")).isEqualTo(SqlDialect.H2);
        assertThat(SqlDialect.of("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
    }
}
