package dev.cascade.bench.dashboard;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.report.Figure;
import dev.cascade.bench.report.Machine;
import dev.cascade.bench.server.BenchServer;
import dev.cascade.ledger.infrastructure.RawTruth;
import dev.cascade.ledger.infrastructure.RollupTables;
import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import dev.cascade.telesign.message.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./cascade bench dashboard}: the dashboard at 10 million messages (90 days) against a plain GROUP BY
 * over the raw tables, measured in the same run. Loads (or reuses) the data set, checks its aggregates against
 * the raw recount, starts the production EAR on it, signs in, and times the overview (unfiltered and filtered),
 * the search by last digits and the message detail — by the dashboard's own {@code Server-Timing} and by the
 * round trip — while signed callbacks keep arriving; then the baseline; then checks the dashboard showed the raw
 * truth and the aggregates still equal it. See docs/benchmarks.md.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "The dashboard at 10 million messages against a plain GROUP BY over the raw tables.")
public final class DashboardBench implements Benchmark, Callable<Integer> {

    static final String USER = "bench-analyst";
    static final String PASSWORD = "bench-analyst-password";
    static final String HEAP = "1g";
    private static final Pattern MESSAGE_LINK = Pattern.compile("/messages/([0-9A-F]{32})");
    private static final int PAGE_SIZE = 50;

    @Mixin
    BenchOptions options;

    @Option(names = "--reload", description = "Load the data set again even when the loaded one matches its spec.")
    boolean reload;

    @Option(names = "--messages", description = "Messages in the data set (default: 10,000,000; 200,000 with --smoke).")
    Long messages;

    @Option(names = "--requests", description = "Timed requests per page (default: 20; 5 with --smoke).")
    Integer requests;

    @Option(names = "--baseline-runs", description = "Timed runs of each raw query (default: 3).", defaultValue = "3")
    int baselineRuns;

    @Option(names = "--callbacks-per-second", description = "The callback stream while timing (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int callbacksPerSecond;

    @Option(names = "--no-load-check", description = "Skip recounting the aggregates before timing (minutes at 10M; the"
            + " recount after the callback stream always runs).")
    boolean noLoadCheck;

    @Option(names = "--profile", description = "Record a JFR profile of the server while timing and EXPLAIN ANALYZE the queries:"
            + " target/bench/dashboard-profile.txt.")
    boolean profile;

    /** The four pages timed, in the order they are timed. */
    enum Kind {
        OVERVIEW("overview 90 d"),
        FILTERED("overview 90 d, cc 44 + MKT"),
        SEARCH("search by last digits"),
        DETAIL("message detail");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        long count = messages != null ? messages : options.smoke() ? DataSpec.SMOKE : DataSpec.FULL;
        int timed = requests != null ? requests : options.smoke() ? 5 : 20;
        if (timed < 1 || baselineRuns < 1) {
            throw new IllegalArgumentException("--requests and --baseline-runs must be at least 1");
        }
        BenchDatabase database = new BenchDatabase(options, options.smoke() ? "cascade_bench_dashboard_smoke" : "cascade_bench_dashboard");
        DatasetLoader loader = new DatasetLoader(database, options, System.out);
        DatasetLoader.Loaded loaded = loader.ensure(loader.wanted(count, DataSpec.DAYS, DataSpec.SEED), reload);

        BenchReport report = new BenchReport("dashboard", Machine.here(database.serverVersion()));
        report.setting("data set", loaded.spec().key()).setting("database", database.name())
                .setting("timed requests per page", timed).setting("warm-up requests per page", Math.max(2, timed / 4))
                .setting("baseline runs per query", baselineRuns).setting("callbacks per second while timing", callbacksPerSecond);
        report.figure(Figure.of("data set load", loaded.loadTime().toMillis() / 1000.0, "s")
                .note(loaded.reused() ? "reused (loaded " + loaded.spec().end() + "); --reload to load again" : "loaded now: "
                        + phases(loaded.phases())));
        long ledgerMessages = database.count("SELECT COUNT(*) FROM message");
        report.setting("messages in the ledger", ledgerMessages);

        if (noLoadCheck) {
            report.note("--no-load-check: the aggregates were not recounted before timing");
        } else {
            report.check(rollupsEqualRawTruth(database, "aggregates = raw truth after loading"));
        }

        Path configuration;
        BenchServer.Settings settings = new BenchServer.Settings(options.root(), "dashboard", options.portOffset(),
                List.of(BenchServer.Settings.ear(options.root())), database.jdbcUrl(), options.dbUser(), options.dbPassword(), HEAP, Map.of());
        try (BenchServer server = BenchServer.start(settings, dir -> DashboardUsers.write(dir, USER, PASSWORD))) {
            configuration = server.base().resolve("configuration");
            report.setting("server", server.describe());
            report.figure(Figure.of("server start-up", server.startup().toMillis() / 1000.0, "s"));
            DashboardClient dashboard = DashboardClient.signedIn(server.uri("/dashboard"), USER, PASSWORD);
            List<Target> targets = targets(database, ledgerMessages, timed);
            Map<Kind, Timings> measured = new LinkedHashMap<>();
            Map<Kind, List<Double>> baseline = new LinkedHashMap<>();
            Profile recording = profile ? Profile.start(server.javaPid()) : null;
            CallbackStream stream;
            try (Connection connection = database.connect()) {
                stream = new CallbackStream(server.uri("/callbacks/telesign"), callbacksPerSecond,
                        String.format("%04X", (int) (System.currentTimeMillis() / 1000) & 0xFFFF), pending(connection)).start();
                try {
                    for (Kind kind : Kind.values()) {
                        for (int i = 0; i < Math.max(2, timed / 4); i++) {
                            page(dashboard, kind, targets.get(i % targets.size()));
                        }
                        Timings timings = new Timings();
                        for (int i = 0; i < timed; i++) {
                            timings.add(page(dashboard, kind, targets.get(i % targets.size())));
                        }
                        measured.put(kind, timings);
                        System.out.printf("   timed %s: server time median %.1f ms, round trip median %.1f ms%n", kind.label,
                                median(timings.server), median(timings.roundTrip));
                    }
                    if (recording != null) {
                        recording.stop(options.outputDirectory());
                    }
                    for (Kind kind : Kind.values()) {
                        List<Double> runs = new ArrayList<>();
                        for (int i = 0; i < baselineRuns; i++) {
                            runs.add(raw(connection, kind, targets.get(i % targets.size())));
                        }
                        baseline.put(kind, runs);
                        System.out.printf("   baseline %s: median %.1f ms of %d runs%n", kind.label, median(runs), runs.size());
                    }
                } finally {
                    stream.stop();
                }
            }
            report.note("load average (1, 5, 15 min) when the timing ended: " + loadAverage() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores: other work on the machine slows every figure alike");
            for (Kind kind : Kind.values()) {
                Timings t = measured.get(kind);
                Figure dashboardTime = Figure.of(kind.label + ": dashboard (server time)", median(t.server), "ms")
                        .note("median of " + t.server.size() + "; round trip median " + format(median(t.roundTrip)) + " ms, max server "
                                + format(t.server.stream().mapToDouble(Double::doubleValue).max().orElse(0)) + " ms");
                dashboardTime = switch (kind) {
                    case OVERVIEW -> dashboardTime.atMost(200);
                    case FILTERED -> dashboardTime.atMost(300);
                    case SEARCH -> dashboardTime.atMost(100);
                    case DETAIL -> dashboardTime.atMost(50);
                };
                Figure raw = Figure.of(kind.label + ": raw tables (baseline)", median(baseline.get(kind)), "ms")
                        .note("median of " + baseline.get(kind).size() + " runs over JDBC, " + baselineNote(kind));
                report.figure(dashboardTime).figure(raw);
                Figure speedUp = report.ratio(kind.label + ": speed-up", raw, dashboardTime);
                report.figure(kind == Kind.DETAIL ? speedUp : speedUp.atLeast(20));
                report.check(Check.that(kind.label + ": every page 200", t.statuses.stream().allMatch(s -> s == 200),
                        "statuses " + t.statuses.stream().distinct().toList()));
            }
            report.check(Check.that("callbacks: every one answered 2xx", stream.failure().isEmpty() && stream.sent() == stream.answeredOk(),
                    stream.answeredOk() + " of " + stream.sent() + " (" + stream.newMessages() + " new messages, " + stream.delivered()
                            + " pending ones delivered, every tenth a repeat; " + stream.retries() + " re-sent after a 503)" + (stream.failure().isEmpty() ? "" : "; " + stream.failure())));
            report.check(Check.equal("callbacks: new messages in the ledger", stream.newMessages(),
                    database.count("SELECT COUNT(*) FROM message WHERE reference_id LIKE '" + stream.newReferencePrefix() + "%'")));

            try (Connection connection = database.connect()) {
                for (Kind kind : List.of(Kind.OVERVIEW, Kind.FILTERED)) {
                    report.check(overviewEqualsRaw(dashboard, connection, kind));
                }
                report.check(searchEqualsRaw(dashboard, connection, targets));
                report.check(detailShowsMessage(dashboard, connection, targets));
            }
        }
        report.check(rollupsEqualRawTruth(database, "aggregates = raw truth after the callbacks"));
        report.note("Server time is the dashboard's Server-Timing header (FrontController: the page's queries and rendering);"
                + " the round trip adds HTTP and the client. Baselines read the raw tables with the schema's indexes;"
                + " the overview baseline is one GROUP BY over the range's messages joined to their RCS channel row.");
        report.note("Users of the bench server: " + configuration.resolve("application-users.properties"));
        if (profile) {
            report.note("profile: " + options.outputDirectory().resolve(Profile.FILE));
            Profile.explain(database, options.outputDirectory());
        }
        return report;
    }

    /** A message to search for (its last four digits) and to open. */
    record Target(String referenceId, String lastDigits) {
    }

    /** The timings of one page. */
    static final class Timings {
        final List<Double> server = new ArrayList<>();
        final List<Double> roundTrip = new ArrayList<>();
        final List<Integer> statuses = new ArrayList<>();

        void add(DashboardClient.Page page) {
            server.add(page.serverMillis());
            roundTrip.add(page.roundTripMillis());
            statuses.add(page.status());
        }
    }

    static String path(Kind kind, Target target) {
        return switch (kind) {
            case OVERVIEW -> "/?range=90d&tz=UTC";
            case FILTERED -> "/?range=90d&tz=UTC&cc=44&type=MKT";
            case SEARCH -> "/messages?range=90d&tz=UTC&q=" + target.lastDigits();
            case DETAIL -> "/messages/" + target.referenceId();
        };
    }

    private static DashboardClient.Page page(DashboardClient dashboard, Kind kind, Target target) throws IOException, InterruptedException {
        return dashboard.get(path(kind, target));
    }

    /** The same numbers from the raw tables, in milliseconds. */
    private static double raw(Connection connection, Kind kind, Target target) throws SQLException {
        long started = System.nanoTime();
        RangeNow range = RangeNow.of(Instant.now());
        switch (kind) {
            case OVERVIEW -> RawBaseline.overview(connection, range.query(Optional.empty(), Optional.empty()));
            case FILTERED -> RawBaseline.overview(connection, range.query(Optional.of("MKT"), Optional.of("44")));
            case SEARCH -> RawBaseline.searchByLastDigits(connection, target.lastDigits(), range.from(), range.to(), PAGE_SIZE);
            case DETAIL -> RawBaseline.detailRows(connection, target.referenceId());
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static String baselineNote(Kind kind) {
        return switch (kind) {
            case OVERVIEW, FILTERED -> "one GROUP BY over the messages of the 90 days";
            case SEARCH -> "phone_number LIKE '%digits', newest 50";
            case DETAIL -> "the page's rows by their indexes: no aggregate to compare, so no speed-up goal";
        };
    }

    /** The overview's range as ReportForm makes it for "90d": 90 days ending with the current UTC hour. */
    record RangeNow(Instant from, Instant to) {
        static RangeNow of(Instant now) {
            Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            return new RangeNow(to.minus(Duration.ofDays(90)), to);
        }

        RawBaseline.Query query(Optional<String> type, Optional<String> callingCode) {
            return new RawBaseline.Query(from, to, type, callingCode);
        }
    }

    private static Check overviewEqualsRaw(DashboardClient dashboard, Connection connection, Kind kind) throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            RangeNow before = RangeNow.of(Instant.now());
            Map<String, String> csv = new HashMap<>();
            String query = path(kind, null).substring(2);
            for (String chart : DashboardExports.CHARTS) {
                DashboardClient.Page page = dashboard.get("/export/" + chart + ".csv?" + query);
                if (page.status() != 200) {
                    return Check.that(kind.label + ": dashboard = raw GROUP BY", false, chart + ".csv answered " + page.status());
                }
                csv.put(chart, page.body());
            }
            OverviewNumbers shown = DashboardExports.parse(csv);
            OverviewNumbers truth = RawBaseline.overview(connection, kind == Kind.OVERVIEW ? before.query(Optional.empty(), Optional.empty())
                    : before.query(Optional.of("MKT"), Optional.of("44")));
            if (!RangeNow.of(Instant.now()).equals(before)) {
                continue; // the hour turned between the two: the ranges differ, compare again
            }
            String difference = shown.differenceFrom(truth);
            return Check.that(kind.label + ": dashboard = raw GROUP BY", difference.isEmpty(), difference.isEmpty()
                    ? shown.sent() + " messages, " + shown.perDay().size() + " days, " + shown.failures().size()
                    + " RCS failure codes, delivery times of " + shown.times().values().stream().mapToLong(OverviewNumbers.Times::messages).sum()
                    + " messages: all equal" : difference);
        }
        return Check.that(kind.label + ": dashboard = raw GROUP BY", false, "the hour kept turning during the comparison");
    }

    private static Check searchEqualsRaw(DashboardClient dashboard, Connection connection, List<Target> targets) throws Exception {
        int compared = 0;
        for (Target target : targets.subList(0, Math.min(3, targets.size()))) {
            RangeNow range = RangeNow.of(Instant.now());
            DashboardClient.Page page = dashboard.get(path(Kind.SEARCH, target));
            List<String> shown = new ArrayList<>();
            Matcher m = MESSAGE_LINK.matcher(page.body());
            while (m.find()) {
                if (!shown.contains(m.group(1))) {
                    shown.add(m.group(1));
                }
            }
            List<String> raw = RawBaseline.searchByLastDigits(connection, target.lastDigits(), range.from(), range.to(), PAGE_SIZE);
            if (!shown.equals(raw)) {
                return Check.that("search by last digits: dashboard = raw scan", false, "…" + target.lastDigits() + ": page "
                        + shown.size() + " messages " + shown.stream().limit(3).toList() + ", raw " + raw.size() + " " + raw.stream().limit(3).toList());
            }
            compared += raw.size();
        }
        return Check.that("search by last digits: dashboard = raw scan", compared > 0, compared + " messages listed in the same order");
    }

    private static Check detailShowsMessage(DashboardClient dashboard, Connection connection, List<Target> targets) throws Exception {
        for (Target target : targets.subList(0, Math.min(3, targets.size()))) {
            DashboardClient.Page page = dashboard.get(path(Kind.DETAIL, target));
            int rows = RawBaseline.detailRows(connection, target.referenceId());
            if (page.status() != 200 || !page.body().contains(target.referenceId()) || rows < 2) {
                return Check.that("message detail: shows the message", false, target.referenceId() + ": " + page.status());
            }
        }
        return Check.that("message detail: shows the message", true, "3 messages, each with its channel and history rows");
    }

    /** Every aggregate row equals the recount of the raw messages (whole range, whole UTC days). */
    static Check rollupsEqualRawTruth(BenchDatabase database, String name) throws SQLException {
        try (Connection connection = database.connect()) {
            Instant first;
            Instant last;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT MIN(sent_at), MAX(sent_at) FROM message")) {
                r.next();
                first = r.getObject(1, java.time.OffsetDateTime.class).toInstant();
                last = r.getObject(2, java.time.OffsetDateTime.class).toInstant();
            }
            Instant from = first.truncatedTo(ChronoUnit.DAYS);
            Instant to = last.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                // One snapshot for both sides: the recount and the aggregates see the same commits.
                SortedMap<OutcomeCell, Long> truthOutcomes = RawTruth.outcomeCells(connection, from, to);
                SortedMap<OutcomeCell, Long> storedOutcomes = RollupTables.outcomeCells(connection, from, to);
                SortedMap<DeliveryTimeCell, Long> truthTimes = RawTruth.deliveryTimeCells(connection, from, to);
                SortedMap<DeliveryTimeCell, Long> storedTimes = RollupTables.deliveryTimeCells(connection, from, to);
                long seconds = (System.nanoTime() - started) / 1_000_000_000;
                String detail = truthOutcomes.size() + " outcome rows, " + truthTimes.size() + " delivery-time rows ("
                        + seconds + " s to recount)";
                if (!truthOutcomes.equals(storedOutcomes)) {
                    return Check.that(name, false, "outcome_rollup differs in " + differences(truthOutcomes, storedOutcomes) + " of " + detail);
                }
                if (!truthTimes.equals(storedTimes)) {
                    return Check.that(name, false, "delivery_time_rollup differs in " + differences(truthTimes, storedTimes) + " of " + detail);
                }
                return Check.that(name, true, detail + ": all equal");
            } finally {
                connection.rollback();
            }
        }
    }

    static <K> long differences(Map<K, Long> expected, Map<K, Long> actual) {
        long differing = expected.entrySet().stream().filter(e -> !Objects.equals(actual.get(e.getKey()), e.getValue())).count();
        return differing + actual.keySet().stream().filter(k -> !expected.containsKey(k)).count();
    }

    /**
     * Spread over the data set: messages with a phone number, by id, evenly apart; their last four digits are
     * the searches (each matches about a ten-thousandth of the numbers: some hundreds of messages at 10M).
     */
    private static List<Target> targets(BenchDatabase database, long ledgerMessages, int count) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            long step = Math.max(1, ledgerMessages / (count + 1));
            StringBuilder ids = new StringBuilder();
            for (int i = 1; i <= count * 2; i++) {
                ids.append(i > 1 ? ", " : "").append(1 + (i * step / 2));
            }
            try (ResultSet r = s.executeQuery("SELECT reference_id, phone_number FROM message WHERE phone_number IS NOT NULL AND id IN ("
                    + ids + ") ORDER BY id")) {
                while (r.next() && targets.size() < count) {
                    String phone = r.getString(2);
                    targets.add(new Target(r.getString(1), phone.substring(phone.length() - 4)));
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("no messages with a phone number in " + database.name());
        }
        return targets;
    }

    /** Messages of the data set still waiting on a channel (its last hours), for the stream to deliver. */
    private static List<CallbackStream.Pending> pending(Connection connection) throws SQLException {
        List<CallbackStream.Pending> pending = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT m.reference_id, m.external_id, c.channel"
                + " FROM message m JOIN channel_status c ON c.message_id = m.id AND c.code = 3001"
                + " WHERE m.outcome = 'PENDING' AND m.external_id IS NOT NULL LIMIT 5000")) {
            while (r.next()) {
                pending.add(new CallbackStream.Pending(r.getString(1), r.getString(2), Channel.of(r.getString(3))));
            }
        }
        return pending;
    }

    /** The first three fields of /proc/loadavg, or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(", ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }

    private static String phases(Map<String, Duration> phases) {
        List<String> parts = new ArrayList<>();
        phases.forEach((name, time) -> parts.add(name + " " + time.toSeconds() + " s"));
        return String.join(", ", parts);
    }
}
