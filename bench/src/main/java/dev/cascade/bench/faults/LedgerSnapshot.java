package dev.cascade.bench.faults;

import dev.cascade.bench.db.BenchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a ledger says, without what only says how it was written (surrogate ids, the time a row was written,
 * which node): messages, every channel's status, the status history, and the roll-ups the dashboard reads
 * (summed over the hour they were written in, which two runs minutes apart need not share). Two runs of the
 * same callbacks must give equal snapshots, however the callbacks were spread and raced.
 */
public record LedgerSnapshot(Map<String, List<String>> tables) {

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("message", """
                SELECT reference_id, message_type, calling_code, origin, status_code, status_description, last_channel,
                       status_updated_on, outcome, outcome_channel, outcome_reason, delivered_at, read_at, flagged
                  FROM message ORDER BY reference_id""");
        QUERIES.put("channel_status", """
                SELECT m.reference_id, c.channel, c.attempt_order, c.channel_reference_id, c.code, c.description,
                       c.updated_on, c.time_estimated, c.first_delivered_at, c.read_at
                  FROM channel_status c JOIN message m ON m.id = c.message_id
                 ORDER BY m.reference_id, c.channel, c.attempt_order""");
        QUERIES.put("status_history", """
                SELECT m.reference_id, h.scope, h.code, h.description, h.channel_reference_id, h.updated_on,
                       h.updated_on_raw, h.occurred_key, h.source
                  FROM status_history h JOIN message m ON m.id = h.message_id
                 ORDER BY m.reference_id, h.scope, h.occurred_key, h.code""");
        QUERIES.put("outcome_rollup", """
                SELECT message_type, calling_code, origin, outcome, rcs_failure_code, fallback_time_seconds, sum(messages)
                  FROM outcome_rollup GROUP BY message_type, calling_code, origin, outcome, rcs_failure_code, fallback_time_seconds
                HAVING sum(messages) <> 0
                 ORDER BY 1, 2, 3, 4, 5, 6""");
        QUERIES.put("delivery_time_rollup", """
                SELECT message_type, calling_code, period, origin, path, up_to_ms, sum(messages)
                  FROM delivery_time_rollup GROUP BY message_type, calling_code, period, origin, path, up_to_ms
                HAVING sum(messages) <> 0
                 ORDER BY 1, 2, 3, 4, 5, 6""");
    }

    public static LedgerSnapshot read(BenchDatabase db) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery(query.getValue())) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(i == 1 ? "" : " | ").append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(query.getKey(), rows);
            }
        }
        return new LedgerSnapshot(tables);
    }

    /** Rows per table, for the report. */
    public String sizes() {
        StringBuilder text = new StringBuilder();
        tables.forEach((table, rows) -> text.append(text.isEmpty() ? "" : ", ").append(table).append(' ').append(rows.size()));
        return text.toString();
    }

    /** The first difference from {@code other}, table by table; empty when the two are equal. */
    public Optional<String> firstDifference(LedgerSnapshot other) {
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            List<String> mine = table.getValue();
            List<String> theirs = other.tables.getOrDefault(table.getKey(), List.of());
            for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
                String a = i < mine.size() ? mine.get(i) : "(no row)";
                String b = i < theirs.size() ? theirs.get(i) : "(no row)";
                if (!a.equals(b)) {
                    return Optional.of(table.getKey() + " row " + (i + 1) + ": " + a + "  vs  " + b
                            + " (" + mine.size() + " vs " + theirs.size() + " rows)");
                }
            }
        }
        return Optional.empty();
    }
}
