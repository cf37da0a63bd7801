package dev.cascade.bench.ingest;

import dev.cascade.bench.ingest.LoadGenerator.MessageResult;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.report.Check;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zero loss, checked message by message: every callback answered 2xx must be in the ledger. Compares
 * what the load generator was told (which callbacks got a 2xx) with what the ledger holds per message
 * (receipts, history rows, outcome).
 */
public final class LedgerCheck {

    /** What the ledger holds for one reference id. */
    public record Stored(String outcome, long receipts, long historyRows) {
    }

    /** The SQL that reads {@link Stored} per reference id: reference_id, outcome, receipts, history rows. */
    public static final String STORED_PER_MESSAGE = """
            WITH r AS (SELECT reference_id, count(*) AS n FROM callback_receipt WHERE verdict <> 'REJECTED' GROUP BY reference_id),
                 h AS (SELECT message_id, count(*) AS n FROM status_history GROUP BY message_id)
            SELECT m.reference_id, m.outcome, coalesce(r.n, 0), coalesce(h.n, 0)
              FROM message m LEFT JOIN r ON r.reference_id = m.reference_id LEFT JOIN h ON h.message_id = m.id""";

    private LedgerCheck() {
    }

    /** What the ledger holds, by reference id ({@link #STORED_PER_MESSAGE}). */
    public static Map<String, Stored> stored(BenchDatabase db) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(STORED_PER_MESSAGE)) {
            while (r.next()) {
                stored.put(r.getString(1), new Stored(r.getString(2), r.getLong(3), r.getLong(4)));
            }
        }
        return stored;
    }

    /**
     * @param sent          every message the generator started, with what was acknowledged
     * @param stored        the ledger's messages by reference id
     * @param receiptsTotal every non-rejected receipt in the ledger
     * @param total2xx      every 2xx the generator received
     */
    public static List<Check> check(List<MessageResult> sent, Map<String, Stored> stored, long receiptsTotal, long total2xx) {
        long expectedHistory = 0;
        long history = 0;
        int missing = 0;
        int receiptsShort = 0;
        int historyShort = 0;
        int wrongOutcome = 0;
        int complete = 0;
        boolean anyFailed = false;
        List<String> examples = new ArrayList<>();
        for (MessageResult result : sent) {
            anyFailed |= result.failed() != 0;
            if (result.acknowledged() == 0) {
                continue;
            }
            String reference = result.message().referenceId();
            Stored row = stored.get(reference);
            int acknowledged = Integer.bitCount(result.acknowledged());
            int expectedRows = result.message().historyRows(result.acknowledged());
            expectedHistory += expectedRows;
            if (row == null) {
                missing++;
                example(examples, reference + ": " + acknowledged + " callbacks acknowledged, no message in the ledger");
                continue;
            }
            history += row.historyRows();
            // A callback answered 5xx (or not at all) may still have been stored: more receipts are allowed
            // then, never fewer. History counts each status once, so once every such callback was re-sent
            // until acknowledged, the history must be exact: re-sends are stored once.
            boolean exact = result.failed() == 0;
            boolean exactHistory = (result.failed() & ~result.acknowledged()) == 0;
            if (exact ? row.receipts() != acknowledged : row.receipts() < acknowledged) {
                receiptsShort++;
                example(examples, reference + ": " + acknowledged + " acknowledged, " + row.receipts() + " receipts");
            }
            if (exactHistory ? row.historyRows() != expectedRows : row.historyRows() < expectedRows) {
                historyShort++;
                example(examples, reference + ": " + expectedRows + " history rows expected, " + row.historyRows() + " found");
            }
            if (result.complete()) {
                complete++;
                if (!row.outcome().equals(result.message().scenario().expectedOutcome())) {
                    wrongOutcome++;
                    example(examples, reference + " (" + result.message().scenario() + "): outcome " + row.outcome()
                            + ", expected " + result.message().scenario().expectedOutcome());
                }
            }
        }
        String detail = examples.isEmpty() ? "" : "; e.g. " + String.join("; ", examples);
        List<Check> checks = new ArrayList<>();
        checks.add(anyFailed
                ? Check.that("receipts >= 2xx answers", receiptsTotal >= total2xx, total2xx + " answered 2xx, " + receiptsTotal + " receipts")
                : Check.equal("receipts = 2xx answers", total2xx, receiptsTotal));
        checks.add(Check.that("every acknowledged callback stored", missing == 0 && receiptsShort == 0,
                missing + " messages missing, " + receiptsShort + " with fewer receipts than 2xx answers" + detail));
        checks.add(Check.that("history rows = what the 2xx imply", historyShort == 0,
                "expected " + expectedHistory + ", found " + history + " (" + historyShort + " messages differ)"));
        checks.add(Check.that("final outcome of every complete message", wrongOutcome == 0,
                complete + " complete messages, " + wrongOutcome + " with another outcome than expected"));
        return checks;
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 3) {
            examples.add(text);
        }
    }
}
