package dev.cascade.bench.ingest;

import dev.cascade.bench.BenchOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database ceiling: {@code pgbench} running the SQL of one ingested callback
 * ({@code ingest/one-callback.sql}, one transaction per callback) from as many clients as the HTTP
 * run has connections, for as long, against the ledger the ingest run left behind.
 */
public final class PgbenchBaseline {

    /** What pgbench reported. */
    public record Result(double tps, long transactions, long failed, double latencyAverageMillis, String output) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private PgbenchBaseline() {
    }

    /** The script as shipped in the jar. */
    public static String script() throws IOException {
        try (InputStream in = PgbenchBaseline.class.getResourceAsStream("/ingest/one-callback.sql")) {
            if (in == null) {
                throw new IllegalStateException("ingest/one-callback.sql is missing from the benchmark's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs pgbench; {@code messages} spreads the callbacks over that many message rows.
     *
     * @param work where the script and pgbench's log go
     */
    public static Result run(BenchOptions options, String database, int clients, Duration duration, long messages, Path work)
            throws IOException, InterruptedException {
        Path script = work.resolve("ingest-one-callback.sql");
        Files.createDirectories(work);
        Files.writeString(script, script());
        List<String> command = new ArrayList<>(List.of(pgbench(), "-h", options.dbHost(), "-p", Integer.toString(options.dbPort()),
                "-U", options.dbUser(), "--no-vacuum", "--protocol=prepared", "--client=" + clients,
                "--jobs=" + Math.min(clients, Runtime.getRuntime().availableProcessors()),
                "--time=" + Math.max(1, duration.toSeconds()), "--define=messages=" + messages,
                "--file=" + script, database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", options.dbPassword());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish: " + output);
        }
        Files.writeString(work.resolve("ingest-pgbench.log"), output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "): " + output);
        }
        return parse(output);
    }

    /** Reads pgbench's summary; fails clearly when it has no throughput (an error the exit code missed). */
    static Result parse(String output) {
        OptionalDouble tps = number(TPS, output);
        if (tps.isEmpty()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return new Result(tps.getAsDouble(), whole(TRANSACTIONS, output).orElse(0), whole(FAILED, output).orElse(0),
                number(LATENCY, output).orElse(Double.NaN), output);
    }

    private static OptionalDouble number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    private static OptionalLong whole(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** pgbench from PATH, or Debian's location when PATH lacks it. */
    private static String pgbench() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pgbench"))) {
                return Path.of(dir, "pgbench").toString();
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return "/usr/bin/pgbench";
        }
        throw new IllegalStateException("pgbench not found: install PostgreSQL's client tools (Debian: postgresql-contrib or postgresql-client)");
    }
}
