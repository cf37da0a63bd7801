package dev.cascade.bench.ingest;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.ingest.LedgerCheck.Stored;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.report.Figure;
import dev.cascade.bench.report.Machine;
import dev.cascade.bench.server.BenchServer;
import dev.cascade.bench.server.GcTimes;
import dev.cascade.bench.server.ProcessStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Callback ingestion: signed, unique, realistic callbacks from 64 connections, measured beside its two
 * ceilings in the same run on the same server and database — the HTTP ceiling (the same load against a
 * no-op endpoint in the same WildFly) and the database ceiling (pgbench running one callback's SQL) —
 * then checked: every callback answered 2xx must be in the ledger.
 *
 * <p>Order: no-op first (an empty ledger, nothing else running), then ingestion, then the ledger checks
 * (before pgbench adds rows), then pgbench with WildFly stopped (its connection pool neither competes for
 * PostgreSQL's connections nor for the CPU). The database has grown by the ingest run when pgbench runs;
 * that makes pgbench's ceiling slightly lower, not higher, so the ingest/pgbench ratio is not flattered.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Callback ingestion: signed callbacks from 64 connections for 60 s against the no-op endpoint and pgbench.")
public final class IngestBench implements Benchmark, Callable<Integer> {

    static final String DATABASE = "cascade_bench";
    static final double TARGET_PER_SECOND = 3_000;
    static final double TARGET_P99_MILLIS = 100;
    static final double TARGET_GC_PERCENT = 5;
    static final double GOAL_OF_CEILING = 0.5;

    @Mixin
    BenchOptions options;

    @Option(names = "--duration", description = "Measured seconds of each run (default: 60; --smoke: 5).")
    Integer durationSeconds;

    @Option(names = "--warmup", description = "Unmeasured seconds before each run (default: 20; --smoke: 10, as a cold server's first transactions take seconds).")
    Integer warmupSeconds;

    @Option(names = "--connections", defaultValue = "64", description = "Concurrent keep-alive connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seed", defaultValue = "6", description = "The workload's seed: the same seed sends the same callbacks (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heap", defaultValue = "512m", description = "WildFly's -Xms/-Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--profile", description = "Record the server with JDK Flight Recorder during the ingest run; hot methods go to <out>/ingest-profile.txt.")
    boolean profile;

    @Option(names = {"-P", "--server-property"}, paramLabel = "KEY=VALUE",
            description = "A system property for WildFly, e.g. -P cascade.ingest.writers=8 (repeatable).")
    Map<String, String> serverProperties = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    /**
     * How many transactions stored the receipts: a row's {@code xmin} is the transaction that inserted it,
     * so the distinct values count the group commits exactly (unlike pg_stat_database's commit count, which
     * includes connection validations and reads).
     */
    record LedgerTransactions(long receipts, long transactions) {

        static LedgerTransactions read(BenchDatabase db) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT xmin::text) FROM callback_receipt WHERE verdict <> 'REJECTED'")) {
                r.next();
                return new LedgerTransactions(r.getLong(1), r.getLong(2));
            }
        }

        double callbacksPerTransaction() {
            return transactions == 0 ? 0 : receipts / (double) transactions;
        }
    }

    /** One load run's result and what the server and the generator used meanwhile. */
    private record Run(LoadGenerator.Result load, Duration serverCpu, Duration generatorCpu, GcTimes gc) {
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        Duration duration = Duration.ofSeconds(positive("--duration", durationSeconds, options.smoke() ? 5 : 60));
        Duration warmup = Duration.ofSeconds(notNegative("--warmup", warmupSeconds, options.smoke() ? 10 : 20));
        if (!heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("--heap must be like 512m or 2g, not " + heap);
        }
        BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
        BenchReport report = new BenchReport("ingest", Machine.here(db.serverVersion()));
        report.setting("connections", connections).setting("warmup s", warmup.toSeconds()).setting("duration s", duration.toSeconds())
                .setting("seed", seed).setting("workload", "2-4 signed callbacks per message, RCS/SMS mix, in order per message");
        Path out = options.outputDirectory();
        Files.createDirectories(out);

        CallbackWorkload workload = new CallbackWorkload(seed, Instant.now().minus(Duration.ofMinutes(30)), BenchServer.ACCOUNT);
        BenchServer.Settings settings = new BenchServer.Settings(options.root(), "ingest", options.portOffset(),
                List.of(BenchServer.Settings.ear(options.root()), BenchServer.Settings.noopWar(options.root())),
                db.jdbcUrl(), options.dbUser(), options.dbPassword(), heap, serverProperties);
        Run noop;
        Run ingest;
        long liveHeapKiB;
        Profile.Summary profileSummary = null;
        try (BenchServer server = BenchServer.start(settings)) {
            server.describe().forEach(report::setting);
            System.out.printf("ingest: WildFly up in %d s; no-op endpoint, %d connections, %d s warm-up + %d s%n",
                    server.startup().toSeconds(), connections, warmup.toSeconds(), duration.toSeconds());
            noop = load(server, workload, new LoadGenerator.Settings(server.uri("/bench-noop/callbacks"), connections, warmup,
                    duration, 0));
            System.out.printf("ingest: no-op %,.0f requests/s; now POST /callbacks/telesign%n", noop.load().throughput());
            // The recording spans the ingest run's warm-up too: JIT compilation shows, but briefly.
            Profile recording = profile ? Profile.start(server.javaPid(), server.base().resolve("log/ingest.jfr")) : null;
            // Message numbers after the no-op run's: the ledger gets messages it has never seen.
            ingest = load(server, workload, new LoadGenerator.Settings(server.uri("/callbacks/telesign"), connections, warmup,
                    duration, 1L << 40));
            System.out.printf("ingest: %,.0f callbacks/s; checking the ledger%n", ingest.load().throughput());
            if (recording != null) {
                profileSummary = Profile.summarize(recording.stop());
                Files.writeString(out.resolve("ingest-profile.txt"), profileSummary.text(40), StandardCharsets.UTF_8);
            }
            liveHeapKiB = liveHeapKiB(server);
            checkLedger(report, db, ingest.load());
        }
        LedgerTransactions transactions = LedgerTransactions.read(db);
        long messages = Math.max(1_000, ingest.load().messages().size());
        System.out.printf("ingest: WildFly stopped; pgbench, %d clients, %d s over %,d messages%n", connections, duration.toSeconds(), messages);
        Optional<PgbenchBaseline.Result> pgbench;
        try {
            pgbench = Optional.of(PgbenchBaseline.run(options, DATABASE, connections, duration, messages, out));
            report.check(Check.that("pgbench without failed transactions", pgbench.get().failed() == 0,
                    pgbench.get().transactions() + " transactions, " + pgbench.get().failed() + " failed"));
        } catch (IllegalStateException e) {
            // The HTTP figures are still worth printing; the failed check makes the run count as failed.
            pgbench = Optional.empty();
            report.check(Check.that("pgbench ran", false, e.getMessage()));
        }

        figures(report, noop, ingest, transactions, pgbench, duration, liveHeapKiB);
        report.check(Check.that("no-op run: no 4xx, no 5xx", noop.load().total4xx() + noop.load().total5xx() == 0, failures(noop.load())));
        report.check(Check.transportErrors("no-op run: transport errors", noop.load().totalErrors(), requests(noop.load()),
                failures(noop.load())));
        if (profileSummary != null) {
            report.note("profile (JFR, " + profileSummary.samples() + " CPU samples of the server during the ingest run; "
                    + out.resolve("ingest-profile.txt") + "): self time by package " + top(profileSummary.selfPackages(), 6)
                    + "; hot methods " + top(profileSummary.hotMethods(), 4) + "; blocked in socket reads (>= 10 ms) "
                    + profileSummary.socketReads().entrySet().stream()
                            .map(e -> String.format("%.1f s on port %d", e.getValue().toMillis() / 1000.0, e.getKey()))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return report.finish();
    }

    private Run load(BenchServer server, CallbackWorkload workload, LoadGenerator.Settings settings) throws InterruptedException {
        Duration[] serverCpu = new Duration[2];
        Duration[] ownCpu = new Duration[2];
        GcTimes[] gc = new GcTimes[2];
        LoadGenerator.Result result = new LoadGenerator(workload, settings).run(new LoadGenerator.Phases() {
            @Override
            public void measuring() {
                serverCpu[0] = server.cpuTime();
                ownCpu[0] = ProcessStats.ownCpuTime();
                gc[0] = server.gcTimes();
            }

            @Override
            public void measured() {
                serverCpu[1] = server.cpuTime();
                ownCpu[1] = ProcessStats.ownCpuTime();
                gc[1] = server.gcTimes();
            }
        });
        return new Run(result, serverCpu[1].minus(serverCpu[0]), ownCpu[1].minus(ownCpu[0]), gc[1].since(gc[0]));
    }

    /** The heap the server still holds after a full collection: what the ingest run left live. */
    private static long liveHeapKiB(BenchServer server) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(server.javaPid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed on the server");
        }
        return server.gcTimes().heapUsedKiB();
    }

    private static void checkLedger(BenchReport report, BenchDatabase db, LoadGenerator.Result load) throws Exception {
        Map<String, Stored> stored = LedgerCheck.stored(db);
        long receipts = db.count("SELECT count(*) FROM callback_receipt WHERE verdict <> 'REJECTED'");
        LedgerCheck.check(load.messages(), stored, receipts, load.total2xx()).forEach(report::check);
        report.check(Check.that("ingest requests measured", load.latencyMicros().getTotalCount() > 0,
                load.latencyMicros().getTotalCount() + " requests started in the measured time"));
        report.check(Check.that("no 5xx", load.total5xx() == 0, failures(load)));
        report.check(Check.transportErrors("transport errors (not answered 2xx, so not counted as stored)", load.totalErrors(),
                requests(load), failures(load)));
        report.check(Check.that("no 4xx (every callback valid and signed)", load.total4xx() == 0, failures(load)));
        report.check(Check.equal("no rejected receipts", 0, db.count("SELECT count(*) FROM callback_receipt WHERE verdict = 'REJECTED'")));
    }

    private void figures(BenchReport report, Run noop, Run ingest, LedgerTransactions transactions, Optional<PgbenchBaseline.Result> pgbench, Duration duration, long liveHeapKiB) {
        LoadGenerator.Result load = ingest.load();
        Duration wall = load.measuredWall();
        Figure perSecond = Figure.of("ingest callbacks/s", load.throughput(), "/s").atLeast(TARGET_PER_SECOND)
                .note(String.format("%,d answered 2xx in %d s, %d connections, closed loop", load.measured2xx(), wall.toSeconds(), connections));
        report.figure(perSecond);
        report.figure(latency("ingest latency p50", load, 50));
        report.figure(latency("ingest latency p90", load, 90));
        // Without a measured request there is no p99 to hold against its target (and "0 ms" would pass it).
        Figure p99 = latency("ingest latency p99", load, 99);
        report.figure(load.latencyMicros().getTotalCount() == 0 ? p99.note("no request was measured") : p99.atMost(TARGET_P99_MILLIS));
        report.figure(Figure.of("ingest latency max", load.latencyMicros().getMaxValue() / 1000.0, "ms"));
        Figure noopPerSecond = Figure.of("no-op requests/s", noop.load().throughput(), "/s")
                .note(String.format("HTTP ceiling: same load, POST /bench-noop/callbacks; p99 %.1f ms",
                        noop.load().latencyMicros().getValueAtPercentile(99) / 1000.0));
        report.figure(noopPerSecond);
        report.figure(report.ratio("ingest / no-op", perSecond, noopPerSecond));
        Figure lower = noopPerSecond;
        if (pgbench.isPresent()) {
            Figure pgbenchPerSecond = Figure.of("pgbench callbacks/s", pgbench.get().tps(), "/s")
                    .note(String.format("database ceiling: one callback's SQL per transaction, %d clients, %d s, latency avg %.1f ms",
                            connections, duration.toSeconds(), pgbench.get().latencyAverageMillis()));
            report.figure(pgbenchPerSecond);
            report.figure(report.ratio("ingest / pgbench", perSecond, pgbenchPerSecond));
            lower = pgbenchPerSecond.value() < noopPerSecond.value() ? pgbenchPerSecond : noopPerSecond;
        }
        report.figure(report.ratio("ingest / lower ceiling", perSecond, lower).atLeast(GOAL_OF_CEILING));
        report.figure(Figure.of("callbacks per ledger transaction", transactions.callbacksPerTransaction(), "")
                .note(String.format("group commit: %,d receipts written by %,d transactions (distinct xmin), whole ingest run",
                        transactions.receipts(), transactions.transactions())));
        report.figure(Figure.of("server GC pauses", 100.0 * ingest.gc().pauses().toNanos() / wall.toNanos(), "%").atMost(TARGET_GC_PERCENT)
                .note(String.format("%d collections, %d ms paused in %d s, heap %s; concurrent GC %d ms",
                        ingest.gc().collections(), ingest.gc().pauses().toMillis(), wall.toSeconds(), heap, ingest.gc().concurrent().toMillis())));
        report.figure(Figure.of("server live heap after", liveHeapKiB / 1024.0, "MiB").note("after a full GC at the end of the ingest run, of -Xmx" + heap));
        cpuFigures(report, "ingest", ingest);
        cpuFigures(report, "no-op", noop);
        report.note("closed loop: each connection sends its next callback only after the answer, so when the server slows down the "
                + "generator slows down with it and the latencies understate what an open-loop sender would see "
                + "(coordinated omission); read p99 together with the throughput it was measured at.");
    }

    /** The server's and the generator's share of the machine, and whether the generator could have been the limit. */
    private static void cpuFigures(BenchReport report, String run, Run measured) {
        Duration wall = measured.load().measuredWall();
        double server = ProcessStats.machineShare(measured.serverCpu(), wall);
        double generator = ProcessStats.machineShare(measured.generatorCpu(), wall);
        report.figure(Figure.of("server CPU, " + run, server, "%").note("share of the whole machine (all cores)"));
        report.figure(Figure.of("generator CPU, " + run, generator, "%").note(generator < server / 2
                ? "under half the server's: the generator was not the limit"
                : "not far below the server's: on this machine the generator competes for the cores and may limit this figure"));
    }

    private static Figure latency(String name, LoadGenerator.Result load, double percentile) {
        return Figure.of(name, load.latencyMicros().getValueAtPercentile(percentile) / 1000.0, "ms");
    }

    private static long requests(LoadGenerator.Result load) {
        return load.total2xx() + load.total4xx() + load.total5xx() + load.totalErrors();
    }

    private static String failures(LoadGenerator.Result load) {
        String counts = String.format("%d 2xx, %d 4xx, %d 5xx, %d errors (%d non-2xx and %d errors in the measured time)",
                load.total2xx(), load.total4xx(), load.total5xx(), load.totalErrors(), load.measuredNon2xx(), load.measuredErrors());
        return load.sampleFailures().isEmpty() ? counts : counts + "; e.g. " + String.join(" | ", load.sampleFailures());
    }

    private static String top(List<Profile.Share> shares, int n) {
        List<String> parts = new ArrayList<>();
        shares.stream().limit(n).forEach(s -> parts.add(String.format("%s %.0f %%", s.name(), s.percent())));
        return String.join(", ", parts);
    }

    static int positive(String option, Integer given, int fallback) {
        int value = given == null ? fallback : given;
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1 second, not " + value);
        }
        return value;
    }

    static int notNegative(String option, Integer given, int fallback) {
        int value = given == null ? fallback : given;
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative, not " + value);
        }
        return value;
    }
}
