package dev.cascade.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    private static BenchReport report() {
        BenchReport report = new BenchReport("ingest", Machine.here("15.18"));
        Figure ingest = Figure.of("callbacks/s", 3412.5, "/s").atLeast(3000);
        Figure noop = Figure.of("no-op requests/s", 9000, "/s");
        report.figure(ingest).figure(noop).figure(report.ratio("ingest / no-op", ingest, noop).atLeast(0.5))
                .figure(Figure.of("p99 latency", 140, "ms").atMost(100))
                .check(Check.equal("acknowledged callbacks in the ledger", 204_750, 204_750))
                .setting("connections", 64);
        return report;
    }

    @Test
    void theTableSaysWhichTargetsWereMetAndWhichMissed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report().print(new PrintStream(out, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("callbacks/s").contains("3,413").contains(">= 3,000").contains("met");
        assertThat(table).contains("ingest / no-op").contains("0.38").contains("MISSED");
        assertThat(table).contains("p99 latency").contains("<= 100");
        assertThat(table).contains("acknowledged callbacks in the ledger").contains("ok");
    }

    @Test
    void theJsonHoldsEveryFigureWithItsTargetAndTheMachine(@TempDir Path dir) throws IOException {
        Path latest = report().write(dir);

        JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(latest));
        assertThat(latest.getFileName().toString()).isEqualTo("ingest.json");
        assertThat(json.get("figures")).hasSize(4);
        assertThat(json.get("figures").get(0).get("met").asBoolean()).isTrue();
        assertThat(json.get("figures").get(3).get("met").asBoolean()).isFalse();
        assertThat(json.get("machine").get("cores").asInt()).isPositive();
        assertThat(json.get("allChecksPassed").asBoolean()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("ingest-\\d{8}-\\d{6}\\.json"));
        }
    }

    @Test
    void aFailedCheckFailsTheRun() {
        BenchReport report = report().check(Check.equal("history rows", 10, 9));

        assertThat(report.allChecksPassed()).isFalse();
    }
}
