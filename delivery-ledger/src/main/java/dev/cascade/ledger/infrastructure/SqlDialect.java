package dev.cascade.ledger.infrastructure;

import java.util.Collections;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statements the ledger writes differently per database: creating message rows (and job leases) that
 * may already exist, adding to aggregate rows that may not exist yet, and the indexes only PostgreSQL has.
 *
 * <p>PostgreSQL's {@code INSERT ... ON CONFLICT} is race-free row by row, so many rows go in one
 * statement. H2 (the demo database) has no such clause and merges instead; a concurrent duplicate fails
 * with a unique violation, which the writer retries. H2 writes <em>one row per statement</em>: when a
 * statement has to wait for another transaction's row lock, H2 2.2 runs it again from the start without
 * undoing what it already did, so a multi-row {@code MERGE} adds the counts of its first rows again on
 * every attempt (and its {@code NEW TABLE} forgets rows it inserted). A one-row statement has done
 * nothing when it waits, so running it again is harmless.
 */
enum SqlDialect {
    POSTGRESQL,
    H2;

    static final String COLUMNS = "reference_id, origin, outcome, sent_at, first_seen_at, updated_at, flagged";

    /** The Flyway placeholder of migration V2 that {@link #rollupKeyIncludes()} fills. */
    static final String ROLLUP_KEY_INCLUDES = "rollup_key_includes";

    /** The Flyway placeholder of migration V3 that {@link #keptBodiesIndex()} fills. */
    static final String KEPT_BODIES_INDEX = "kept_bodies_index";

    /** The Flyway placeholder of migration V4 that {@link #pendingMessagesIndex()} fills. */
    static final String PENDING_MESSAGES_INDEX = "pending_messages_index";

    static SqlDialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("h2") ? H2 : POSTGRESQL;
    }

    /**
     * What the aggregates' primary keys carry besides their key: on PostgreSQL the count, so that a report
     * reads its rows from the index alone (a filter's rows lie together in the index but all over the table:
     * 2 ms instead of 50-250 ms for 90 days of delivery times, measured at 10 million messages). H2 has no
     * {@code INCLUDE}, and the demo's ledger is small.
     */
    String rollupKeyIncludes() {
        return this == POSTGRESQL ? " INCLUDE (messages)" : "";
    }

    /**
     * The columns (and filter) of the index retention reads the receipts whose raw body is still kept from.
     * PostgreSQL indexes only those receipts (a partial index), so retention never walks past the ones it
     * already emptied, and a receipt leaves the index when its body is deleted. H2 has no partial indexes: the
     * kept bodies are the index's null group.
     */
    String keptBodiesIndex() {
        return this == POSTGRESQL ? "(received_at) WHERE body_deleted_at IS NULL" : "(body_deleted_at, received_at)";
    }

    /**
     * The columns (and filter) of the index reconciliation reads pending messages from. PostgreSQL indexes only
     * pending messages (a partial index: a message leaves it when its outcome is decided), so a run reads a few
     * rows however large the ledger; H2 has no partial indexes and gets the outcome as the first column.
     */
    String pendingMessagesIndex() {
        return this == POSTGRESQL ? "(sent_at) WHERE outcome = 'PENDING'" : "(outcome, sent_at)";
    }

    /** Creates a job's lease row unless it exists (one parameter: the job's name); the row starts free. */
    String createLeaseIfAbsent() {
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO job_lease (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
            case H2 -> "MERGE INTO job_lease l USING (VALUES (CAST(? AS VARCHAR(64)))) AS s (name) ON l.name = s.name"
                    + " WHEN NOT MATCHED THEN INSERT (name) VALUES (s.name)";
        };
    }

    /** The most rows one statement may write (see the class comment for H2's one). */
    int rowsPerStatement() {
        return this == H2 ? 1 : 50;
    }

    /**
     * Inserts {@code rows} message rows unless their reference id exists (6 parameters per row). On
     * PostgreSQL a query that returns the reference ids of the rows it inserted — exactly those, even
     * under concurrency: a row another transaction inserted first is not returned. On H2 an update of
     * one row whose count says whether it inserted it. The aggregates count a message from the
     * transaction that created it, so the ledger must know which ones that are.
     */
    String createMessagesIfAbsent(int rows) {
        if (rows < 1 || rows > rowsPerStatement()) {
            throw new IllegalArgumentException(rows + " rows in one statement on " + this);
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "" : ", ").append(this == H2
                    ? "(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(32)), CAST(? AS TIMESTAMP WITH TIME ZONE), "
                            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE))"
                    : "(?, ?, ?, ?, ?, ?, FALSE)");
        }
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO message (" + COLUMNS + ") VALUES " + values
                    + " ON CONFLICT (reference_id) DO NOTHING RETURNING reference_id";
            case H2 -> "MERGE INTO message m USING (VALUES " + values
                    + ") AS s (reference_id, origin, outcome, sent_at, first_seen_at, updated_at) ON m.reference_id = s.reference_id"
                    + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (s.reference_id, s.origin, s.outcome, s.sent_at,"
                    + " s.first_seen_at, s.updated_at, FALSE)";
        };
    }

    /** Whether {@link #createMessagesIfAbsent} returns the created rows' reference ids (else its update count tells). */
    boolean returnsCreatedReferences() {
        return this == POSTGRESQL;
    }

    /**
     * Adds signed counts to {@code rows} rows of an aggregate, creating the rows that do not exist: the
     * table's key columns then {@code messages} per row. Rows are written in the order given.
     */
    String addToRollup(RollupTable table, int rows) {
        if (rows < 1 || rows > rowsPerStatement()) {
            throw new IllegalArgumentException(rows + " rows in one statement on " + this);
        }
        String columns = String.join(", ", table.columns()) + ", messages";
        String row = this == H2
                ? "(" + table.types().stream().map(type -> "CAST(? AS " + type + ")").collect(Collectors.joining(", "))
                        + ", CAST(? AS BIGINT))"
                : "(" + "?, ".repeat(table.columns().size()) + "?)";
        String values = String.join(", ", Collections.nCopies(rows, row));
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO " + table.table() + " (" + columns + ") VALUES " + values
                    + " ON CONFLICT (" + String.join(", ", table.columns()) + ") DO UPDATE SET messages = "
                    + table.table() + ".messages + EXCLUDED.messages";
            case H2 -> "MERGE INTO " + table.table() + " r USING (VALUES " + values + ") AS s (" + columns + ") ON "
                    + table.columns().stream().map(c -> "r." + c + " = s." + c).collect(Collectors.joining(" AND "))
                    + " WHEN MATCHED THEN UPDATE SET messages = r.messages + s.messages"
                    + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES ("
                    + table.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ", s.messages)";
        };
    }
}
