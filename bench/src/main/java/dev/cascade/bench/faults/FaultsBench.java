package dev.cascade.bench.faults;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.client.NoopTelesignServer;
import dev.cascade.bench.dashboard.DashboardClient;
import dev.cascade.bench.dashboard.DashboardExports;
import dev.cascade.bench.dashboard.DashboardUsers;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.ingest.CallbackWorkload;
import dev.cascade.bench.ingest.LedgerCheck;
import dev.cascade.bench.ingest.LedgerCheck.Stored;
import dev.cascade.bench.ingest.LoadGenerator;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.report.Figure;
import dev.cascade.bench.report.Machine;
import dev.cascade.bench.server.BenchServer;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Faults under load, against the production EAR on PostgreSQL, with the ingestion benchmark's generator
 * re-sending every callback not answered 2xx as Telesign does:
 * <ul>
 * <li><b>kill</b>: WildFly is killed (SIGKILL) a third into the load and restarted on the same base
 * directory. Every callback answered 2xx before the kill must be in the ledger, and once the re-sends got
 * through, every callback is stored once.</li>
 * <li><b>db-restart</b>: PostgreSQL is stopped for {@code --outage} seconds a quarter into the load. Meanwhile
 * callbacks get 503 (never 200, never 500) and readiness says 503; Cascade recovers by itself when the database
 * is back, and after the re-sends the ledger is complete and exact.</li>
 * <li><b>lost</b>: the demo EAR (Cascade and the Telesign simulator) with its traffic generator sending 600
 * messages a minute and the simulator losing 30 % of the callbacks: once the traffic window is over, the
 * reconciliation job must have looked the lost ones up, every message sent in the window must have left
 * "pending", and each must hold the status the simulator reports for it.</li>
 * <li><b>cluster</b>: two nodes (port offsets apart) on one database, a message's callbacks sent to both nodes
 * at once. The ledger must equal a single-node run of the same callbacks (sent in order), both nodes' dashboards
 * must show the same numbers.</li>
 * <li><b>jobs</b>: two nodes, each configured to run retention every minute, reconciliation every 20 s and the
 * demo traffic generator at 120 messages a minute (to a no-op Telesign): retention and reconciliation must run
 * once per interval in the cluster, never on both nodes at once, and the traffic must be the cluster's rate,
 * not twice it.</li>
 * </ul>
 * Numbers reported for each: callbacks sent, acknowledged, stored, lost (must be 0), re-sends.
 */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = "Faults under load: WildFly killed, PostgreSQL restarted, two nodes on one database; the ledger checked after each.")
public final class FaultsBench implements Benchmark, Callable<Integer> {

    static final String DATABASE = "cascade_bench_faults";
    static final String REFERENCE_DATABASE = "cascade_bench_faults_reference";
    static final String USER = "faults";
    static final Duration RECONCILE_EVERY = Duration.ofSeconds(20);
    static final double DROP_SHARE = 0.3;
    static final String PASSWORD = "faults-bench-password";
    /** Like Telesign: re-send with growing pauses; give up only long after the fault is over. */
    static final LoadGenerator.Resend RESEND = new LoadGenerator.Resend(Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofSeconds(2));

    /** The scenarios, in the order they run. */
    public enum Scenario { KILL, DB_RESTART, LOST, CLUSTER, JOBS }

    @Mixin
    BenchOptions options;

    @Option(names = "--scenario", split = ",", description = "Which of kill, db-restart, lost, cluster, jobs (default: all).",
            converter = ScenarioConverter.class)
    List<Scenario> scenarios;

    @Option(names = "--duration", description = "Seconds of load per scenario (default: 90; --smoke: 30).")
    Integer durationSeconds;

    @Option(names = "--outage", description = "Seconds PostgreSQL stays down in db-restart (default: 20; --smoke: 8).")
    Integer outageSeconds;

    @Option(names = "--connections", description = "Concurrent senders (default: 32; --smoke: 8).")
    Integer connections;

    @Option(names = "--seed", defaultValue = "7", description = "The workload's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heap", defaultValue = "512m", description = "WildFly's -Xms/-Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--db-stop-command", defaultValue = "${env:CASCADE_BENCH_DB_STOP:-pg_ctlcluster 15 main stop -m fast}",
            description = "Stops PostgreSQL for db-restart (default: ${DEFAULT-VALUE}).")
    String dbStopCommand;

    @Option(names = "--db-start-command", defaultValue = "${env:CASCADE_BENCH_DB_START:-pg_ctlcluster 15 main start}",
            description = "Starts it again (default: ${DEFAULT-VALUE}).")
    String dbStartCommand;

    static final class ScenarioConverter implements picocli.CommandLine.ITypeConverter<Scenario> {
        @Override
        public Scenario convert(String value) {
            return Scenario.valueOf(value.trim().toUpperCase().replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        Set<Scenario> chosen = scenarios == null || scenarios.isEmpty() ? EnumSet.allOf(Scenario.class) : EnumSet.copyOf(scenarios);
        Duration duration = Duration.ofSeconds(atLeast("--duration", durationSeconds, options.smoke() ? 30 : 90, 10));
        Duration outage = Duration.ofSeconds(atLeast("--outage", outageSeconds, options.smoke() ? 8 : 20, 1));
        int senders = atLeast("--connections", connections, options.smoke() ? 8 : 32, 1);
        BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists();
        BenchReport report = new BenchReport("faults", Machine.here(db.serverVersion()));
        report.setting("scenarios", chosen.toString()).setting("load s", duration.toSeconds()).setting("senders", senders)
                .setting("seed", seed).setting("re-sends", "after 0.2 s, doubling to 2 s, for up to 5 min (as Telesign re-sends)");
        Run run = new Run(options, report, duration, senders);
        if (chosen.contains(Scenario.KILL)) {
            run.kill();
        }
        if (chosen.contains(Scenario.DB_RESTART)) {
            report.setting("outage s", outage.toSeconds()).setting("database stop", dbStopCommand).setting("database start", dbStartCommand);
            run.databaseRestart(outage);
        }
        if (chosen.contains(Scenario.LOST)) {
            run.lost();
        }
        if (chosen.contains(Scenario.CLUSTER)) {
            run.cluster();
        }
        if (chosen.contains(Scenario.JOBS)) {
            run.jobs(Duration.ofSeconds(options.smoke() ? 150 : 330));
        }
        return report.finish();
    }

    /** One invocation's scenarios: they share the report, the options and the load's shape. */
    private final class Run {
        private final BenchOptions options;
        private final BenchReport report;
        private final Duration duration;
        private final int senders;

        Run(BenchOptions options, BenchReport report, Duration duration, int senders) {
            this.options = options;
            this.report = report;
            this.duration = duration;
            this.senders = senders;
        }

        void kill() throws Exception {
            BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
            BenchServer.Settings settings = settings("faults-kill", db, 0, Map.of());
            CallbackWorkload workload = workload();
            LoadGenerator generator = new LoadGenerator(workload, load(settings));
            long acknowledgedBeforeKill;
            long attemptsBeforeKill;
            Duration down;
            LoadGenerator.Result result;
            ExecutorService background = Executors.newSingleThreadExecutor();
            try {
                BenchServer server = BenchServer.start(settings);
                Future<LoadGenerator.Result> running = background.submit(() -> generator.run(LoadGenerator.Phases.NONE));
                TimeUnit.MILLISECONDS.sleep(duration.toMillis() / 3);
                acknowledgedBeforeKill = generator.acknowledgedSoFar();
                attemptsBeforeKill = generator.attemptsSoFar();
                long killed = System.nanoTime();
                server.kill();
                server.close();
                System.out.printf("faults/kill: WildFly killed (SIGKILL) after %,d callbacks acknowledged; restarting%n", acknowledgedBeforeKill);
                try (BenchServer again = BenchServer.restart(settings)) {
                    down = Duration.ofNanos(System.nanoTime() - killed);
                    System.out.printf("faults/kill: WildFly back after %d s; the senders re-send what was not acknowledged%n", down.toSeconds());
                    result = running.get();
                    report.check(Check.that("kill: the restarted server is ready after the load", again.ready(), "/health/ready"));
                }
            } finally {
                background.shutdownNow();
            }
            String name = "kill";
            report.figure(Figure.of(name + ": acknowledged before the kill", acknowledgedBeforeKill, "")
                    .note(attemptsBeforeKill + " requests sent before it"));
            report.figure(Figure.of(name + ": down (kill to ready)", down.toMillis() / 1000.0, "s"));
            counts(name, result, db);
            report.check(Check.that(name + ": the kill cut requests in flight", result.totalErrors() > 0,
                    result.totalErrors() + " requests without an answer (else the kill missed the load)"));
            report.check(Check.that(name + ": no 4xx, no 5xx but 503", result.total4xx() == 0 && result.total5xx() == result.total503(),
                    failures(result)));
        }

        void databaseRestart(Duration outage) throws Exception {
            BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
            BenchServer.Settings settings = settings("faults-db", db, 0, Map.of());
            LoadGenerator generator = new LoadGenerator(workload(), load(settings));
            List<Integer> readinessWhileDown = new ArrayList<>();
            Duration recovered;
            long acknowledgedWhileDown;
            LoadGenerator.Result result;
            ExecutorService background = Executors.newSingleThreadExecutor();
            try (BenchServer server = BenchServer.start(settings)) {
                Future<LoadGenerator.Result> running = background.submit(() -> generator.run(LoadGenerator.Phases.NONE));
                TimeUnit.MILLISECONDS.sleep(duration.toMillis() / 4);
                shell(dbStopCommand);
                long stopped = System.nanoTime();
                long acknowledgedAtStop = generator.acknowledgedSoFar();
                System.out.printf("faults/db-restart: PostgreSQL stopped after %,d callbacks acknowledged, for %d s%n",
                        acknowledgedAtStop, outage.toSeconds());
                // A commit in flight when the database went may still be acknowledged; give it the server's timeout.
                TimeUnit.SECONDS.sleep(Math.min(2, outage.toSeconds()));
                long acknowledgedSettled = generator.acknowledgedSoFar();
                while (System.nanoTime() - stopped < outage.toNanos()) {
                    readinessWhileDown.add(server.readiness());
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                acknowledgedWhileDown = generator.acknowledgedSoFar() - acknowledgedSettled;
                shell(dbStartCommand);
                long started = System.nanoTime();
                long before = generator.acknowledgedSoFar();
                while (!(server.readiness() == 200 && generator.acknowledgedSoFar() > before)) {
                    if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                        throw new IllegalStateException("Cascade did not recover within 3 minutes of PostgreSQL's return");
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                recovered = Duration.ofNanos(System.nanoTime() - started);
                System.out.printf("faults/db-restart: PostgreSQL back; Cascade ready and storing again after %.1f s%n", recovered.toMillis() / 1000.0);
                result = running.get();
            } finally {
                background.shutdownNow();
            }
            String name = "db-restart";
            report.figure(Figure.of(name + ": recovery (database back to storing again)", recovered.toMillis() / 1000.0, "s")
                    .note("no restart of WildFly: the pool validates connections and heals by itself"));
            counts(name, result, db);
            report.check(Check.that(name + ": callbacks answered 503 while the database was down", result.total503() > 0,
                    result.total503() + " answers 503"));
            report.check(Check.equal(name + ": callbacks acknowledged while the database was down", 0, acknowledgedWhileDown));
            report.check(Check.that(name + ": no 4xx, no 5xx but 503 (never 500)", result.total4xx() == 0 && result.total5xx() == result.total503(),
                    failures(result)));
            report.check(Check.transportErrors(name + ": transport errors", result.totalErrors(),
                    result.total2xx() + result.total4xx() + result.total5xx() + result.totalErrors(), failures(result)));
            report.check(Check.that(name + ": readiness 503 while the database was down",
                    !readinessWhileDown.isEmpty() && readinessWhileDown.stream().allMatch(s -> s == 503),
                    "readiness answers while down: " + summary(readinessWhileDown)));
        }

        void lost() throws Exception {
            BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
            int port = 8080 + options.portOffset();
            String base = "http://127.0.0.1:" + port;
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("TELESIGN_BASE_URL", base + "/telesign-simulator");
            properties.put("simulator.callback-url", base + "/callbacks/telesign");
            properties.put("simulator.callback.drop-share", String.valueOf(DROP_SHARE));
            // 600 simulated seconds (a fallback) take one real second: every fate is decided within seconds.
            properties.put("simulator.time-compression", "600");
            properties.put("cascade.demo.traffic.per-minute", "600");
            properties.put("cascade.reconcile.enabled", "true");
            properties.put("cascade.reconcile.min-age-seconds", "15");
            properties.put("cascade.reconcile.repeat-seconds", "10");
            properties.put("cascade.reconcile.interval-seconds", "5");
            BenchServer.Settings settings = new BenchServer.Settings(options.root(), "faults-lost", options.portOffset(),
                    List.of(options.root().resolve("demo-ear/target/cascade-demo.ear")), db.jdbcUrl(), options.dbUser(), options.dbPassword(),
                    heap, properties);
            Instant windowEnd;
            long pending;
            Duration settled;
            List<String> mismatches = new ArrayList<>();
            long checked = 0;
            long differing = 0;
            try (BenchServer server = BenchServer.start(settings)) {
                System.out.printf("faults/lost: demo traffic 600 a minute for %d s, %.0f %% of callbacks lost upstream%n",
                        duration.toSeconds(), 100 * DROP_SHARE);
                TimeUnit.MILLISECONDS.sleep(duration.toMillis());
                windowEnd = Instant.now();
                String inWindow = " FROM message WHERE sent_at <= to_timestamp(" + windowEnd.toEpochMilli() / 1000.0 + ")";
                long started = System.nanoTime();
                while ((pending = db.count("SELECT count(*)" + inWindow + " AND outcome = 'PENDING'")) > 0) {
                    if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(4)) {
                        break;
                    }
                    TimeUnit.SECONDS.sleep(1);
                }
                settled = Duration.ofNanos(System.nanoTime() - started);
                report.check(Check.that("lost: the server is ready after the run", server.ready(), "/health/ready"));
                // The simulator's word for every message of the window, against the ledger's.
                TelesignClient telesign = TelesignClient.builder(BenchServer.ACCOUNT).baseUrl(base + "/telesign-simulator").build();
                // A message is compared by its fate (delivered, failed, in progress) and the channel that decided it:
                // a later "read" whose callback was lost is not pending, so nobody looks it up, and need not be.
                try (Connection c = db.connect(); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT reference_id, status_code, last_channel" + inWindow)) {
                    while (r.next()) {
                        checked++;
                        DeliveryReport truth = telesign.status(ReferenceId.of(r.getString(1)));
                        String expected = truth.status().map(t -> fate(t.code()) + " by " + t.lastChannel().map(Object::toString).orElse("-"))
                                .orElse("no status");
                        String found = fate(new StatusCode(r.getInt(2))) + " by " + Optional.ofNullable(r.getString(3)).orElse("-");
                        if (!expected.equalsIgnoreCase(found) && mismatches.size() < 5) {
                            mismatches.add(r.getString(1) + ": ledger " + found + " (" + r.getInt(2) + "), Telesign " + expected);
                        }
                        if (!expected.equalsIgnoreCase(found)) {
                            differing++;
                        }
                    }
                }
            }
            String name = "lost";
            long sent = db.count("SELECT count(*) FROM message WHERE sent_at <= to_timestamp(" + windowEnd.toEpochMilli() / 1000.0 + ")");
            long reconciled = db.count("SELECT count(DISTINCT message_id) FROM status_history WHERE source = 'RECONCILED'");
            long callbacks = db.count("SELECT count(*) FROM callback_receipt WHERE source = 'CALLBACK' AND verdict <> 'REJECTED'");
            long lookups = db.count("SELECT coalesce(sum(looked_up), 0) FROM reconciliation_run");
            long rateLimited = db.count("SELECT count(*) FROM reconciliation_run WHERE status = 'RATE_LIMITED'");
            report.figure(Figure.of(name + ": messages sent in the window", sent, "").note("demo traffic, 600 a minute, " + duration.toSeconds() + " s"));
            report.figure(Figure.of(name + ": callbacks received", callbacks, "").note(String.format("%.0f %% of the simulator's callbacks lost on the way", 100 * DROP_SHARE)));
            report.figure(Figure.of(name + ": messages completed by reconciliation", reconciled, "")
                    .note(lookups + " status lookups, " + rateLimited + " runs stopped by a 429"));
            report.figure(Figure.of(name + ": messages still pending", pending, "").atMost(0)
                    .note(String.format("%.1f s after the window closed", settled.toMillis() / 1000.0)));
            report.check(Check.equal(name + ": no message of the window left pending", 0, pending));
            report.check(Check.that(name + ": reconciliation completed messages whose callbacks were lost", reconciled > 0,
                    reconciled + " messages with RECONCILED history"));
            report.check(Check.that(name + ": every message holds the fate Telesign reports", checked == sent && differing == 0,
                    checked + " looked up, " + (differing == 0 ? "all equal" : differing + " differ, e.g. " + mismatches)));
        }

        void cluster() throws Exception {
            BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
            BenchServer.Settings first = settings("faults-node-1", db, 0, node("node-1", Map.of()));
            BenchServer.Settings second = settings("faults-node-2", db, 100, node("node-2", Map.of()));
            CallbackWorkload workload = workload();
            LoadGenerator.Result result;
            Map<String, Map<String, String>> dashboards = new LinkedHashMap<>();
            try (BenchServer one = BenchServer.start(first, dir -> DashboardUsers.write(dir, USER, PASSWORD));
                 BenchServer two = BenchServer.start(second, dir -> DashboardUsers.write(dir, USER, PASSWORD))) {
                LoadGenerator.Settings load = new LoadGenerator.Settings(
                        List.of(one.uri("/callbacks/telesign"), two.uri("/callbacks/telesign")), senders, Duration.ZERO, duration, 0,
                        RESEND, true, Long.MAX_VALUE);
                System.out.printf("faults/cluster: two nodes up; each message's callbacks sent to both at once for %d s%n", duration.toSeconds());
                result = new LoadGenerator(workload, load).run(LoadGenerator.Phases.NONE);
                dashboards.put("node 1", overviewCsv(one));
                dashboards.put("node 2", overviewCsv(two));
            }
            String name = "cluster";
            counts(name, result, db);
            report.check(Check.that(name + ": no 4xx, no 5xx", result.total4xx() + result.total5xx() == 0, failures(result)));
            LedgerSnapshot clustered = LedgerSnapshot.read(db);

            // The same callbacks, in order, to one node on a database of its own.
            BenchDatabase reference = new BenchDatabase(options, REFERENCE_DATABASE).ensureExists().empty();
            BenchServer.Settings single = settings("faults-single", reference, 0, Map.of());
            long messages = result.messages().size();
            try (BenchServer alone = BenchServer.start(single, dir -> DashboardUsers.write(dir, USER, PASSWORD))) {
                System.out.printf("faults/cluster: the same %,d messages, in order, to one node%n", messages);
                LoadGenerator.Result again = new LoadGenerator(workload, new LoadGenerator.Settings(List.of(alone.uri("/callbacks/telesign")),
                        senders, Duration.ZERO, Duration.ofMinutes(30), 0, RESEND, false, messages)).run(LoadGenerator.Phases.NONE);
                report.check(Check.equal(name + ": single-node run acknowledged every callback", again.callbacksSent(), again.callbacksAcknowledged()));
                dashboards.put("single node", overviewCsv(alone));
            }
            Optional<String> difference = clustered.firstDifference(LedgerSnapshot.read(reference));
            report.check(Check.that(name + ": ledger identical to a single-node run", difference.isEmpty(),
                    difference.orElse("equal: " + clustered.sizes())));
            boolean sameDashboards = dashboards.values().stream().distinct().count() == 1;
            report.check(Check.that(name + ": both nodes' dashboards show the same numbers (and the single node's)", sameDashboards,
                    sameDashboards ? "overview CSVs (" + String.join(", ", dashboards.get("node 1").keySet()) + ") equal on node 1, node 2 and the single node"
                            : "differ: " + dashboards));
        }

        void jobs(Duration window) throws Exception {
            BenchDatabase db = new BenchDatabase(options, DATABASE).ensureExists().empty();
            int perMinute = 120;
            List<JobRun> runs;
            List<JobRun> reconciliations;
            long sends;
            Duration ran;
            try (NoopTelesignServer telesign = NoopTelesignServer.start(1)) {
                // The no-op Telesign answers lookups 404: reconciliation's runs are recorded all the same.
                Map<String, String> jobs = Map.of("cascade.retention.interval-minutes", "1",
                        "cascade.demo.traffic.per-minute", String.valueOf(perMinute), "TELESIGN_BASE_URL", telesign.baseUrl().toString(),
                        "cascade.reconcile.enabled", "true", "cascade.reconcile.interval-seconds", String.valueOf(RECONCILE_EVERY.toSeconds()),
                        "cascade.reconcile.min-age-seconds", "5");
                try (BenchServer one = BenchServer.start(settings("faults-jobs-1", db, 0, node("node-1", jobs)));
                     BenchServer two = BenchServer.start(settings("faults-jobs-2", db, 100, node("node-2", jobs)))) {
                    // Node 1 started its jobs when it was ready: the window counts from then.
                    Instant since = Instant.now().minus(two.startup());
                    System.out.printf("faults/jobs: two nodes up, both configured to run the jobs; watching for %d s%n", window.toSeconds());
                    TimeUnit.MILLISECONDS.sleep(Math.max(0, window.toMillis() - two.startup().toMillis()));
                    ran = Duration.between(since, Instant.now());
                    sends = telesign.accepted();
                    report.check(Check.that("jobs: both nodes ready throughout", one.ready() && two.ready(), "/health/ready on both"));
                }
                runs = runs(db, "retention_run");
                reconciliations = runs(db, "reconciliation_run");
            }
            String name = "jobs";
            double expected = perMinute * ran.toMillis() / 60_000.0;
            report.figure(Figure.of(name + ": demo traffic sent by the cluster", sends, "")
                    .note(String.format("%d a minute configured on each of two nodes, %.0f s: %.0f expected from one sender, %.0f if both sent",
                            perMinute, ran.toMillis() / 1000.0, expected, 2 * expected)));
            report.check(Check.that(name + ": demo traffic sent by one node at a time (the cluster's rate, not twice it)",
                    sends >= expected * 0.5 && sends <= expected * 1.1 + 5, sends + " sends, " + Math.round(expected) + " expected"));
            onceAnInterval("retention", runs, Duration.ofMinutes(1), ran);
            onceAnInterval("reconciliation", reconciliations, RECONCILE_EVERY, ran);
        }

        /** A job both nodes run every {@code interval}: at least two runs, never overlapping, starts an interval apart. */
        private void onceAnInterval(String job, List<JobRun> runs, Duration interval, Duration ran) {
            // Starts an interval apart is the proof; the count only bounds it (the window's start is estimated).
            long due = 2 + ran.toSeconds() / interval.toSeconds();
            boolean overlapping = false;
            Duration closest = null;
            for (int i = 1; i < runs.size(); i++) {
                overlapping |= runs.get(i).started().isBefore(runs.get(i - 1).finished());
                Duration gap = Duration.between(runs.get(i - 1).started(), runs.get(i).started());
                closest = closest == null || gap.compareTo(closest) < 0 ? gap : closest;
            }
            String name = "jobs: " + job;
            report.figure(Figure.of(name + " runs", runs.size(), "").note("both nodes due every " + interval.toSeconds() + " s, "
                    + ran.toSeconds() + " s; by node " + runs.stream().collect(java.util.stream.Collectors.groupingBy(JobRun::node,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()))));
            // The lease spaces scheduled runs an interval apart cluster-wide (a little less: clocks are read on each node).
            boolean spaced = closest == null || closest.compareTo(interval.multipliedBy(9).dividedBy(10)) >= 0;
            report.check(Check.that(name + " ran once per interval in the cluster, never on both nodes at once",
                    runs.size() >= 2 && runs.size() <= due && !overlapping && spaced,
                    runs.size() + " runs in " + ran.toSeconds() + " s (at least 2, at most " + due + "), "
                            + (overlapping ? "overlapping" : "none overlapping") + ", closest starts " + (closest == null ? "-" : closest.toMillis() + " ms")
                            + " apart"));
        }

        record JobRun(String node, Instant started, Instant finished) {
        }

        /** A job's recorded runs ({@code retention_run}, {@code reconciliation_run}), in the order they started. */
        private List<JobRun> runs(BenchDatabase db, String table) throws SQLException {
            List<JobRun> rows = new ArrayList<>();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT node, started_at, finished_at FROM " + table + " ORDER BY started_at")) {
                while (r.next()) {
                    rows.add(new JobRun(r.getString(1), r.getTimestamp(2).toInstant(), r.getTimestamp(3).toInstant()));
                }
            }
            return rows;
        }

        /** The overview's four CSVs (last 7 days, UTC) as the analyst downloads them. */
        private Map<String, String> overviewCsv(BenchServer server) throws Exception {
            DashboardClient dashboard = DashboardClient.signedIn(server.uri("/dashboard"), USER, PASSWORD);
            Map<String, String> csv = new LinkedHashMap<>();
            for (String chart : DashboardExports.CHARTS) {
                DashboardClient.Page page = dashboard.get("/export/" + chart + ".csv?range=7d&tz=UTC");
                csv.put(chart, page.status() + "\n" + page.body());
            }
            return csv;
        }

        /** Sent, acknowledged, stored, lost, re-sends; and the ledger checked message by message. */
        private void counts(String name, LoadGenerator.Result result, BenchDatabase db) throws SQLException {
            Map<String, Stored> stored = LedgerCheck.stored(db);
            long receipts = db.count("SELECT count(*) FROM callback_receipt WHERE verdict <> 'REJECTED'");
            long applied = db.count("SELECT count(*) FROM callback_receipt WHERE verdict = 'APPLIED'");
            long duplicates = db.count("SELECT count(*) FROM callback_receipt WHERE verdict = 'DUPLICATE'");
            long sent = result.callbacksSent();
            long acknowledged = result.callbacksAcknowledged();
            report.figure(Figure.of(name + ": callbacks sent", sent, "").note(result.messages().size() + " messages"));
            report.figure(Figure.of(name + ": callbacks acknowledged (2xx)", acknowledged, "")
                    .note(result.resends() + " re-sends; answers: " + result.total2xx() + " 2xx, " + result.total503() + " 503, "
                            + (result.total5xx() - result.total503()) + " other 5xx, " + result.total4xx() + " 4xx, "
                            + result.totalErrors() + " without an answer"));
            report.figure(Figure.of(name + ": callbacks stored", applied, "")
                    .note(duplicates + " receipts of re-sends recognised as duplicates (stored before, answer lost), " + receipts + " receipts"));
            report.figure(Figure.of(name + ": callbacks lost", sent - acknowledged, "").atMost(0)
                    .note("sent but never acknowledged after re-sends; every acknowledged one is checked in the ledger below"));
            report.check(Check.equal(name + ": every callback acknowledged in the end (lost = 0)", sent, acknowledged));
            LedgerCheck.check(result.messages(), stored, receipts, result.total2xx())
                    .forEach(check -> report.check(new Check(name + ": " + check.name(), check.passed(), check.detail())));
        }

        private CallbackWorkload workload() {
            return new CallbackWorkload(seed, Instant.now().minus(Duration.ofMinutes(30)), BenchServer.ACCOUNT);
        }

        /** One node's callback endpoint, every callback re-sent until acknowledged, in order, for the duration. */
        private LoadGenerator.Settings load(BenchServer.Settings settings) {
            URI target = URI.create("http://127.0.0.1:" + (8080 + settings.portOffset()) + "/callbacks/telesign");
            return new LoadGenerator.Settings(List.of(target), senders, Duration.ZERO, duration, 0, RESEND, false, Long.MAX_VALUE);
        }

        private BenchServer.Settings settings(String name, BenchDatabase db, int extraOffset, Map<String, String> properties) {
            return new BenchServer.Settings(options.root(), name, options.portOffset() + extraOffset,
                    List.of(BenchServer.Settings.ear(options.root())), db.jdbcUrl(), options.dbUser(), options.dbPassword(), heap, properties);
        }
    }

    /** A cluster node's identity: its own name and transaction-manager node id (docs/scaling.md). */
    private static Map<String, String> node(String name, Map<String, String> more) {
        Map<String, String> properties = new LinkedHashMap<>(more);
        properties.put("jboss.node.name", name);
        properties.put("jboss.tx.node.id", name);
        return properties;
    }

    /** Delivered (read and likely delivered included), failed, or still on its way. */
    static String fate(StatusCode code) {
        return switch (code.kind()) {
            case DELIVERED, READ, LIKELY_DELIVERED -> "delivered";
            case FAILED -> "failed";
            case IN_PROGRESS, UNKNOWN -> "in progress";
        };
    }

    private static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("'" + command + "' failed: " + output);
        }
    }

    private static String summary(List<Integer> statuses) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts.toString();
    }

    private static String failures(LoadGenerator.Result load) {
        String counts = String.format("%d 2xx, %d 503, %d other 5xx, %d 4xx, %d without an answer", load.total2xx(), load.total503(),
                load.total5xx() - load.total503(), load.total4xx(), load.totalErrors());
        return load.sampleFailures().isEmpty() ? counts : counts + "; e.g. " + String.join(" | ", load.sampleFailures());
    }

    private static int atLeast(String option, Integer given, int fallback, int minimum) {
        int value = given == null ? fallback : given;
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }
}
