package dev.cascade.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the ledger's tables over JDBC, from outside the server: what the tests assert is what is
 * really in the database, not what the application says about it.
 */
public final class LedgerTables {

    /** Row counts of the tables a callback can change. */
    public record Counts(long messages, long channels, long history, long receipts) {
    }

    private LedgerTables() {
    }

    public static Counts counts() {
        return new Counts(count("select count(*) from message"), count("select count(*) from channel_status"),
                count("select count(*) from status_history"), count("select count(*) from callback_receipt"));
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** The message row, column name (lower case) to value; absent if no row. */
    public static Map<String, Object> message(String referenceId) {
        List<Map<String, Object>> rows = rows("select * from message where reference_id = ?", referenceId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    public static List<Map<String, Object>> channels(String referenceId) {
        return rows("select c.* from channel_status c join message m on m.id = c.message_id where m.reference_id = ? "
                + "order by c.attempt_order, c.channel", referenceId);
    }

    public static List<Map<String, Object>> history(String referenceId) {
        return rows("select h.scope, h.code, h.occurred_key, h.description from status_history h join message m on m.id = h.message_id "
                + "where m.reference_id = ? order by h.scope, h.code, h.occurred_key", referenceId);
    }

    public static List<Map<String, Object>> receipts(String referenceId) {
        return rows("select verdict, reason, warnings, body_size, source from callback_receipt where reference_id = ? order by id",
                referenceId);
    }

    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(ItConfig.jdbcUrl(), ItConfig.jdbcUser(), ItConfig.jdbcPassword());
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), r.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger failed: " + sql, e);
        }
    }
}
