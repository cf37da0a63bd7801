package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.bench.ingest.CallbackWorkload.Callback;
import dev.cascade.bench.ingest.CallbackWorkload.PlannedMessage;
import dev.cascade.bench.ingest.CallbackWorkload.Scenario;
import dev.cascade.bench.server.BenchServer;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallbackWorkloadTest {

    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private final CallbackWorkload workload = new CallbackWorkload(6, START, BenchServer.ACCOUNT);

    @Test
    void theSameSeedPlansTheSameMessagesAndCallbacks() {
        CallbackWorkload again = new CallbackWorkload(6, START, BenchServer.ACCOUNT);
        for (long i = 0; i < 50; i++) {
            PlannedMessage a = workload.message(i);
            PlannedMessage b = again.message(i);
            assertThat(a).isEqualTo(b);
            assertThat(workload.callback(a, 0).body()).isEqualTo(again.callback(b, 0).body());
        }
        assertThat(new CallbackWorkload(7, START, BenchServer.ACCOUNT).message(0).referenceId())
                .isNotEqualTo(workload.message(0).referenceId());
    }

    @Test
    void referenceIdsAreUnique32HexAndEveryMessageHasTwoToFourCallbacks() {
        Set<String> references = new HashSet<>();
        for (long i = 0; i < 20_000; i++) {
            PlannedMessage message = workload.message(i);
            assertThat(message.referenceId()).matches("[0-9A-F]{32}");
            assertThat(references.add(message.referenceId())).as("unique: %s", message.referenceId()).isTrue();
            assertThat(message.callbacks()).isBetween(2, 4);
        }
        assertThat(workload.message(1L << 40).referenceId()).isNotIn(references);
    }

    @Test
    void theMixFollowsTheScenariosShares() {
        Map<Scenario, Integer> counts = new EnumMap<>(Scenario.class);
        int n = 20_000;
        for (long i = 0; i < n; i++) {
            counts.merge(workload.message(i).scenario(), 1, Integer::sum);
        }
        assertThat(counts.get(Scenario.RCS_DELIVERED) / (double) n).isBetween(0.38, 0.42);
        assertThat(counts.get(Scenario.SMS_FALLBACK_DELIVERED) / (double) n).isBetween(0.23, 0.27);
        assertThat(counts.get(Scenario.SMS_FALLBACK_NO_RECEIPT) / (double) n).isBetween(0.06, 0.08);
    }

    @Test
    void callbacksAreSignedWithTheBenchAccountAndReadAsTelesignReports() throws Exception {
        CallbackSignatures verifier = new CallbackSignatures(BenchServer.ACCOUNT);
        PlannedMessage message = workload.message(3);
        for (int i = 0; i < message.callbacks(); i++) {
            Callback callback = workload.callback(message, i);
            assertThat(verifier.verify(callback.body(), callback.authorization(), callback.authorization()).isValid()).isTrue();
            DeliveryReport read = DeliveryReportParser.parse(callback.body()).report();
            assertThat(read.referenceId().value()).isEqualTo(message.referenceId());
            assertThat(read.status()).isPresent();
        }
    }

    @Test
    void aFallbackThatIsDeliveredReportsRcsThenSmsCumulatively() {
        PlannedMessage message = firstOf(Scenario.SMS_FALLBACK_DELIVERED);
        List<DeliveryReport> reports = message.reports();
        assertThat(reports).hasSize(4);
        assertThat(codes(reports.get(0))).containsExactly("rcs 3001");
        assertThat(codes(reports.get(1))).containsExactly("rcs 3056");
        assertThat(codes(reports.get(2))).containsExactly("rcs 3056", "sms 3001");
        assertThat(codes(reports.get(3))).containsExactly("rcs 3056", "sms 3000");
        assertThat(reports.get(3).status().orElseThrow().code().value()).isEqualTo(3000);
        assertThat(message.scenario().expectedOutcome()).isEqualTo("DELIVERED_SMS_FALLBACK");
    }

    @Test
    void historyRowsCountEachDistinctStatusOnceWhateverCallbacksRepeat() {
        PlannedMessage fallback = firstOf(Scenario.SMS_FALLBACK_DELIVERED);
        // message: 3001, 3056, 3001 (sms), 3000; rcs: 3001, 3056; sms: 3001, 3000
        assertThat(fallback.historyRows(fallback.all())).isEqualTo(8);
        assertThat(fallback.historyRows(0b0001)).isEqualTo(2);
        // the third callback alone: message 3001 (sms), rcs 3056, sms 3001
        assertThat(fallback.historyRows(0b0100)).isEqualTo(3);
        PlannedMessage read = firstOf(Scenario.RCS_READ);
        assertThat(read.historyRows(read.all())).isEqualTo(6);
        assertThat(read.historyRows(0)).isZero();
    }

    @Test
    void aNegativeIndexIsRefused() {
        assertThatThrownBy(() -> workload.message(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private PlannedMessage firstOf(Scenario scenario) {
        for (long i = 0; ; i++) {
            PlannedMessage message = workload.message(i);
            if (message.scenario() == scenario) {
                return message;
            }
        }
    }

    private static List<String> codes(DeliveryReport report) {
        return report.channels().stream().map(c -> c.channel().name() + " " + c.code().value()).toList();
    }
}
