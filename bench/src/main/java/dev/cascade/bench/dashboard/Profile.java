package dev.cascade.bench.dashboard;

import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.server.FlightRecording;
import dev.cascade.ledger.rollup.PeriodRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --profile}: where the dashboard's time goes. A JFR recording of the server while the pages are timed
 * (started and dumped with {@code jcmd}), summarised as the methods most often on top of the stack and the
 * Cascade methods most often anywhere in it; and the query plans (EXPLAIN ANALYZE) of the overview's aggregate
 * read and of the raw GROUP BY. Written to {@code <out>/dashboard-profile.txt}, the recording beside it.
 */
final class Profile {

    static final String FILE = "dashboard-profile.txt";
    private static final String RECORDING = "bench-dashboard";
    private static final int TOP = 25;

    private final FlightRecording recording;

    private Profile(FlightRecording recording) {
        this.recording = recording;
    }

    static Profile start(long pid) throws IOException, InterruptedException {
        return new Profile(FlightRecording.start(pid, RECORDING));
    }

    void stop(Path out) throws IOException, InterruptedException {
        Path jfr = recording.stop(out.resolve("dashboard-profile.jfr"));
        String samples = FlightRecording.jdkTool("jfr", "print", "--events", "jdk.ExecutionSample", jfr.toString());
        Files.writeString(out.resolve(FILE), summary(samples), StandardCharsets.UTF_8);
    }

    /** Top-of-stack methods, and Cascade methods anywhere on the stack, by sample count. */
    static String summary(String jfrPrint) {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> cascade = new HashMap<>();
        int samples = 0;
        boolean first = false;
        List<String> stack = new ArrayList<>();
        for (String line : jfrPrint.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("stackTrace = [")) {
                samples++;
                first = true;
                stack.clear();
            } else if (trimmed.startsWith("]")) {
                stack.stream().distinct().forEach(frame -> cascade.merge(frame, 1, Integer::sum));
                stack.clear();
            } else if (trimmed.contains("(") && !trimmed.startsWith("startTime") && !trimmed.startsWith("sampledThread")) {
                String frame = trimmed.replaceAll("\\s+line:.*", "");
                if (first) {
                    top.merge(frame, 1, Integer::sum);
                    first = false;
                }
                if (frame.startsWith("dev.cascade.")) {
                    stack.add(frame);
                }
            }
        }
        StringBuilder text = new StringBuilder("JFR execution samples of the server while the dashboard pages were timed: " + samples + "\n\n");
        text.append("Most often on top of the stack:\n");
        append(text, top, samples);
        text.append("\nCascade methods most often on the stack (inclusive):\n");
        append(text, cascade, samples);
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> text.append(String.format("  %5d  %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
    }

    /** Appends the plans of the overview's reads, aggregate and raw, for the last 90 days. */
    static void explain(BenchDatabase database, Path out) throws SQLException, IOException {
        DashboardBench.RangeNow range = DashboardBench.RangeNow.of(Instant.now());
        StringBuilder text = new StringBuilder("\nEXPLAIN (ANALYZE, BUFFERS) of the overview, 90 days, no filter\n\nAggregate (JpaReportingQueries):\n");
        try (Connection connection = database.connect()) {
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) SELECT hour_start, outcome,"
                    + " rcs_failure_code, SUM(messages) FROM outcome_rollup WHERE message_type = '*' AND calling_code = '*'"
                    + " AND hour_start >= ? AND hour_start < ? GROUP BY hour_start, outcome, rcs_failure_code")) {
                statement.setObject(1, OffsetDateTime.ofInstant(range.from(), ZoneOffset.UTC));
                statement.setObject(2, OffsetDateTime.ofInstant(range.to(), ZoneOffset.UTC));
                plan(statement, text);
            }
            text.append("\nDelivery times from the aggregate (JpaReportingQueries: whole days, hours at the ends):\n");
            List<String> parts = new ArrayList<>();
            List<PeriodRange> ranges = PeriodRange.covering(range.from(), range.to());
            for (int i = 0; i < ranges.size(); i++) {
                parts.add("SELECT path, up_to_ms, messages FROM delivery_time_rollup WHERE message_type = '*' AND calling_code = '*'"
                        + " AND period = ? AND period_start >= ? AND period_start < ?");
            }
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) SELECT path, up_to_ms,"
                    + " SUM(messages) FROM (" + String.join(" UNION ALL ", parts) + ") t GROUP BY path, up_to_ms")) {
                int p = 1;
                for (PeriodRange r : ranges) {
                    statement.setString(p++, r.period().name());
                    statement.setObject(p++, OffsetDateTime.ofInstant(r.from(), ZoneOffset.UTC));
                    statement.setObject(p++, OffsetDateTime.ofInstant(r.to(), ZoneOffset.UTC));
                }
                plan(statement, text);
            }
            text.append("\nRaw GROUP BY (the baseline):\n");
            try (PreparedStatement statement = RawBaseline.prepareOverview(connection, "EXPLAIN (ANALYZE, BUFFERS) ",
                    range.query(Optional.empty(), Optional.empty()))) {
                plan(statement, text);
            }
        }
        Files.writeString(out.resolve(FILE), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void plan(PreparedStatement statement, StringBuilder text) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                text.append("  ").append(rows.getString(1)).append('\n');
            }
        }
    }
}
