package dev.cascade.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerSnapshotTest {

    @Test
    void equalSnapshotsHaveNoDifference() {
        LedgerSnapshot a = snapshot(List.of("R1 | DELIVERED_RCS"), List.of("R1 | rcs | 200"));
        LedgerSnapshot b = snapshot(List.of("R1 | DELIVERED_RCS"), List.of("R1 | rcs | 200"));

        assertThat(a.firstDifference(b)).isEmpty();
        assertThat(a.sizes()).isEqualTo("message 1, status_history 1");
    }

    @Test
    void theFirstDifferingRowIsNamedWithItsTable() {
        LedgerSnapshot a = snapshot(List.of("R1 | DELIVERED_RCS"), List.of("R1 | rcs | 200"));
        LedgerSnapshot otherOutcome = snapshot(List.of("R1 | FAILED"), List.of("R1 | rcs | 200"));
        LedgerSnapshot missingRow = snapshot(List.of("R1 | DELIVERED_RCS"), List.of());

        assertThat(a.firstDifference(otherOutcome)).hasValueSatisfying(d -> assertThat(d)
                .startsWith("message row 1: R1 | DELIVERED_RCS  vs  R1 | FAILED"));
        assertThat(a.firstDifference(missingRow)).hasValueSatisfying(d -> assertThat(d)
                .contains("status_history row 1: R1 | rcs | 200  vs  (no row)").contains("(1 vs 0 rows)"));
    }

    @Test
    void everyQueryLeavesOutHowARowWasWritten() {
        // Surrogate ids, write times and nodes differ between two runs of the same callbacks.
        assertThat(LedgerSnapshot.QUERIES.values()).noneMatch(q -> q.matches("(?s).*\\b(id|received_at|updated_at|first_seen_at|receipt_id|hour_start|period_start)\\b\\s*,.*"));
        assertThat(LedgerSnapshot.QUERIES.keySet()).containsExactly("message", "channel_status", "status_history", "outcome_rollup",
                "delivery_time_rollup");
    }

    private static LedgerSnapshot snapshot(List<String> messages, List<String> history) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("message", messages);
        tables.put("status_history", history);
        return new LedgerSnapshot(tables);
    }
}
