package dev.cascade.ledger.infrastructure;

import java.util.Locale;

/**
 * The one statement the ledger writes differently per database: creating message rows that may
 * already exist. PostgreSQL's {@code ON CONFLICT DO NOTHING} is race-free; H2 (the demo database)
 * has no such clause, so it merges — a concurrent duplicate there fails with a unique violation,
 * which the writer retries.
 */
enum SqlDialect {
    POSTGRESQL,
    H2;

    static final String COLUMNS = "reference_id, origin, outcome, sent_at, first_seen_at, updated_at, flagged";

    static SqlDialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("h2") ? H2 : POSTGRESQL;
    }

    /** Inserts {@code rows} message rows unless their reference id exists: 6 parameters per row. */
    String insertMessagesIfAbsent(int rows) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "" : ", ").append(this == H2
                    ? "(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(32)), CAST(? AS TIMESTAMP WITH TIME ZONE), "
                            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE))"
                    : "(?, ?, ?, ?, ?, ?, FALSE)");
        }
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO message (" + COLUMNS + ") VALUES " + values + " ON CONFLICT (reference_id) DO NOTHING";
            case H2 -> "MERGE INTO message m USING (VALUES " + values
                    + ") AS s (reference_id, origin, outcome, sent_at, first_seen_at, updated_at) ON m.reference_id = s.reference_id"
                    + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (s.reference_id, s.origin, s.outcome, s.sent_at,"
                    + " s.first_seen_at, s.updated_at, FALSE)";
        };
    }
}
