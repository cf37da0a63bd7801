package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.bench.ingest.CallbackWorkload.PlannedMessage;
import dev.cascade.bench.ingest.LedgerCheck.Stored;
import dev.cascade.bench.ingest.LoadGenerator.MessageResult;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.server.BenchServer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerCheckTest {

    private final CallbackWorkload workload = new CallbackWorkload(1, Instant.parse("2026-11-27T10:00:00Z"), BenchServer.ACCOUNT);
    private final PlannedMessage first = workload.message(0);
    private final PlannedMessage second = workload.message(1);

    @Test
    void aLedgerHoldingEverythingAcknowledgedPasses() {
        List<MessageResult> sent = List.of(complete(first), complete(second));
        Map<String, Stored> stored = Map.of(first.referenceId(), stored(first), second.referenceId(), stored(second));
        long acknowledged = first.callbacks() + second.callbacks();

        List<Check> checks = LedgerCheck.check(sent, stored, acknowledged, acknowledged);

        assertThat(checks).allMatch(Check::passed);
    }

    @Test
    void aMissingMessageAMissingReceiptAndAWrongOutcomeFail() {
        List<MessageResult> sent = List.of(complete(first), complete(second));
        Map<String, Stored> stored = new HashMap<>();
        stored.put(first.referenceId(), new Stored("PENDING", first.callbacks() - 1, first.historyRows(first.all())));
        long acknowledged = first.callbacks() + second.callbacks();

        List<Check> checks = LedgerCheck.check(sent, stored, first.callbacks() - 1, acknowledged);

        assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::name).containsExactlyInAnyOrder(
                "receipts = 2xx answers", "every acknowledged callback stored", "final outcome of every complete message");
        assertThat(checks.get(1).detail()).contains("1 messages missing, 1 with fewer receipts");
    }

    @Test
    void aCallbackAnswered5xxMayStillHaveBeenStoredButNeverLessThanAcknowledged() {
        // The second callback failed (e.g. 503 after a timeout) but its transaction committed later.
        MessageResult partly = new MessageResult(first, first.all() & ~0b10, 0b10);
        Map<String, Stored> stored = Map.of(first.referenceId(), stored(first));

        List<Check> checks = LedgerCheck.check(List.of(partly), stored, first.callbacks(), first.callbacks() - 1);

        assertThat(checks).allMatch(Check::passed);
        assertThat(checks.get(0).name()).isEqualTo("receipts >= 2xx answers");
    }

    @Test
    void aCallbackReSentUntilAcknowledgedMayLeaveADuplicateReceiptButNotADuplicateHistoryRow() {
        // The second callback's first answer was lost (the server was killed), its re-send answered 2xx.
        MessageResult resent = new MessageResult(first, first.all(), 0b10);
        Map<String, Stored> once = Map.of(first.referenceId(), new Stored(first.scenario().expectedOutcome(), first.callbacks() + 1,
                first.historyRows(first.all())));
        Map<String, Stored> twice = Map.of(first.referenceId(), new Stored(first.scenario().expectedOutcome(), first.callbacks() + 1,
                first.historyRows(first.all()) + 1));

        assertThat(LedgerCheck.check(List.of(resent), once, first.callbacks() + 1, first.callbacks())).allMatch(Check::passed);
        assertThat(LedgerCheck.check(List.of(resent), twice, first.callbacks() + 1, first.callbacks()))
                .filteredOn(c -> !c.passed()).extracting(Check::name).containsExactly("history rows = what the 2xx imply");
    }

    @Test
    void historyRowsShortOfWhatTheAcknowledgedCallbacksImplyFail() {
        Map<String, Stored> stored = Map.of(first.referenceId(),
                new Stored(first.scenario().expectedOutcome(), first.callbacks(), first.historyRows(first.all()) - 1));

        List<Check> checks = LedgerCheck.check(List.of(complete(first)), stored, first.callbacks(), first.callbacks());

        assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::name).containsExactly("history rows = what the 2xx imply");
    }

    private static MessageResult complete(PlannedMessage message) {
        return new MessageResult(message, message.all(), 0);
    }

    private static Stored stored(PlannedMessage message) {
        return new Stored(message.scenario().expectedOutcome(), message.callbacks(), message.historyRows(message.all()));
    }
}
