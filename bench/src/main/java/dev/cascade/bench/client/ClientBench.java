package dev.cascade.bench.client;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.report.Figure;
import dev.cascade.bench.report.Machine;
import dev.cascade.telesign.client.TelesignClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.StackProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./cascade bench client}: sends per second of Cascade's {@code TelesignClient} against a bare
 * {@code java.net.http} client posting the same pre-built bytes, both with 32 threads against a local
 * no-op server ({@link NoopTelesignServer}), timed by JMH ({@link SendBenchmarks}) with its GC profiler
 * for the allocation per send. Target: TelesignClient ≥ 0.9 × bare.
 *
 * <p>Each client runs on its own (a JMH run per client, in forked JVMs) so the CPU it and the server used
 * can be told apart; a last run of the bare client with twice the threads shows whether the server or
 * the load could have gone faster. Every timed send is accounted for: the server's count of 200s must
 * equal the clients' count of answers read, with no failure.
 */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "api-client sends per second against a bare java.net.http client, 32 threads.")
public final class ClientBench implements Benchmark, Callable<Integer> {

    static final double TARGET_RATIO = 0.9;

    @Mixin
    BenchOptions options;

    @Option(names = "--threads", description = "Sending threads (default: ${DEFAULT-VALUE}).")
    int threads = 32;

    @Option(names = "--forks", description = "JMH forks per client (default: 2, smoke: 1).")
    Integer forks;

    @Option(names = "--profile", description = "Add JMH's stack profiler to the TelesignClient runs (where its time goes).")
    boolean profile;

    /** The JMH runs, in the order they run: a benchmark method, its auth variant if any, its share of threads. */
    enum Run {
        BARE("bare HttpClient", "bareHttpClient", Optional.empty(), 1),
        BASIC("TelesignClient Basic", "telesignClient", Optional.of("BASIC"), 1),
        TSA("TelesignClient TSA", "telesignClient", Optional.of("TSA"), 1),
        // The bare client again with twice the threads: if it goes no faster, the server's threads were not the limit.
        BARE_WIDE("bare HttpClient, 2x threads", "bareHttpClient", Optional.empty(), 2);

        final String label;
        final String method;
        final Optional<String> auth;
        final int threadFactor;

        Run(String label, String method, Optional<String> auth, int threadFactor) {
            this.label = label;
            this.method = method;
            this.auth = auth;
            this.threadFactor = threadFactor;
        }
    }

    /** What a run measured, and whether its sends were all real 200s. */
    record Measured(Run run, int threads, double sendsPerSecond, double error, double bytesPerSend, CpuSampler.Usage cpu,
                    long serverAccepted, SendTally tally) {

        double serverMicrosPerSend() {
            return serverAccepted == 0 ? 0 : cpu.server().toNanos() / 1000.0 / serverAccepted;
        }
    }

    /** JMH timing for a run: seconds per iteration, iteration counts, forks. */
    record Timing(int warmupIterations, int warmupSeconds, int iterations, int iterationSeconds, int forks) {

        static Timing of(boolean smoke, Integer forks) {
            Timing timing = smoke ? new Timing(1, 1, 2, 1, 1) : new Timing(3, 5, 5, 5, 2);
            return forks == null ? timing : new Timing(timing.warmupIterations, timing.warmupSeconds, timing.iterations,
                    timing.iterationSeconds, forks);
        }

        Timing {
            if (forks < 1) {
                throw new IllegalArgumentException("--forks must be at least 1 (JMH measures in a fresh JVM), was " + forks);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d fork(s) x (%d x %d s warm-up, %d x %d s measured)", forks,
                    warmupIterations, warmupSeconds, iterations, iterationSeconds);
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        Timing timing = Timing.of(options.smoke(), forks);
        // The server's IO threads: one per core at least, so the server never waits for a thread.
        int ioThreads = Math.max(4, Runtime.getRuntime().availableProcessors());
        Path work = options.outputDirectory().resolve("client");
        Files.createDirectories(work);

        BenchReport report = new BenchReport("client", Machine.here("-"))
                .setting("threads", threads).setting("jmh", timing.toString())
                .setting("http", "HTTP/1.1 keep-alive (JDK HttpClient pool), redirects off, connect 5 s, request 15 s, both clients")
                .setting("server", "Undertow no-op on 127.0.0.1, " + ioThreads + " IO threads, answers on the IO thread")
                .setting("message", "the guide's RCS link button + SMS fallback, built per send by TelesignClient, "
                        + TelesignClient.builder(GuideMessage.ACCOUNT).build().body(GuideMessage.forOrder(0)).length + " bytes of JSON");
        Map<Run, Measured> results = new EnumMap<>(Run.class);
        try (NoopTelesignServer server = NoopTelesignServer.start(ioThreads)) {
            for (Run run : Run.values()) {
                measureOne(run, threads * run.threadFactor, timing, server, work, report).ifPresent(m -> results.put(run, m));
            }
        }
        describe(results, report);
        return report.finish();
    }

    private Optional<Measured> measureOne(Run run, int threads, Timing timing, NoopTelesignServer server, Path work, BenchReport report)
            throws IOException {
        Path tallyFile = work.resolve("tally.tsv");
        Files.deleteIfExists(tallyFile);
        server.resetCounts();
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(Pattern.quote(SendBenchmarks.class.getName() + "." + run.method) + "$")
                .threads(threads)
                .forks(timing.forks())
                .warmupIterations(timing.warmupIterations()).warmupTime(TimeValue.seconds(timing.warmupSeconds()))
                .measurementIterations(timing.iterations()).measurementTime(TimeValue.seconds(timing.iterationSeconds()))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .jvmArgsAppend("-D" + SendBenchmarks.URL_PROPERTY + "=" + server.baseUrl(),
                        "-D" + SendBenchmarks.TALLY_PROPERTY + "=" + tallyFile)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        run.auth.ifPresent(auth -> jmh.param("auth", auth));
        if (profile && run.method.equals("telesignClient")) {
            jmh.addProfiler(StackProfiler.class);
        }
        System.out.println("== client: " + run.label + ", " + threads + " threads");
        Collection<RunResult> results;
        CpuSampler.Usage cpu;
        try (CpuSampler sampler = new CpuSampler()) {
            results = new Runner(jmh.build()).run();
            cpu = sampler.stop();
        } catch (RunnerException e) {
            report.check(Check.that(run.label + ": JMH ran", false, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        SendTally tally = SendTally.sum(run.label, SendTally.readAll(tallyFile));
        report.check(Check.that(run.label + ": sends answered 200" + (run.method.equals("telesignClient") ? " with a parsed reference id" : ""),
                tally.succeeded() > 0, String.format(Locale.ROOT, "%,d of %,d sends", tally.succeeded(), tally.sends())));
        report.check(Check.transportErrors(run.label + ": failed sends", tally.failed(), tally.sends(),
                String.format(Locale.ROOT, "%,d failed%s", tally.failed(), tally.failed() == 0 ? "" : " (first: " + tally.firstFailure() + ")")));
        // The server saw every send the clients counted, and no more than those plus the ones that failed in transport.
        report.check(Check.that(run.label + ": server counted the same sends",
                server.accepted() >= tally.succeeded() && server.accepted() <= tally.succeeded() + tally.failed()
                        && server.refused() == 0,
                String.format(Locale.ROOT, "server: %,d accepted, %,d refused, %,d answers failed to leave; clients: %,d answered",
                        server.accepted(), server.refused(), server.unsent(), tally.succeeded())));
        if (results.size() != 1) {
            report.check(Check.that(run.label + ": JMH ran", false, "expected one result, got " + results.size()));
            return Optional.empty();
        }
        RunResult result = results.iterator().next();
        Optional<Double> allocation = allocationPerOp(result);
        if (allocation.isEmpty()) {
            report.check(Check.that(run.label + ": allocation measured", false, "no gc.alloc.rate.norm from JMH's gc profiler"));
        }
        return Optional.of(new Measured(run, threads, result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                allocation.orElse(Double.NaN), cpu, server.accepted(), tally));
    }

    /** JMH's {@code gc.alloc.rate.norm}: bytes allocated per operation (per send) by the forked JVM. */
    // JMH's API hands out its Result type raw (Map<String, Result>); nothing here depends on its parameter.
    @SuppressWarnings("rawtypes")
    static Optional<Double> allocationPerOp(RunResult result) {
        return result.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .map(e -> e.getValue().getScore()).findFirst();
    }

    private static void describe(Map<Run, Measured> results, BenchReport report) {
        Map<Run, Figure> sends = new EnumMap<>(Run.class);
        results.forEach((run, m) -> {
            // JMH gives no error bar for too few iterations (a smoke run): then none is printed.
            String error = Double.isNaN(m.error()) ? "" : String.format(Locale.ROOT, "± %.0f (99.9 %%); ", m.error());
            Figure figure = Figure.of(run.label + " sends/s", m.sendsPerSecond(), "/s").note(error + String.format(Locale.ROOT,
                    "%d threads; CPU: clients %.0f %%, server %.0f %%, machine busy %s; server %.0f µs/send",
                    m.threads(), m.cpu().clientShare(), m.cpu().serverShare(),
                    m.cpu().machineBusyShare().map(b -> String.format(Locale.ROOT, "%.0f %%", b)).orElse("?"), m.serverMicrosPerSend()));
            sends.put(run, figure);
            report.figure(figure);
        });
        if (sends.containsKey(Run.BARE)) {
            Figure bare = sends.get(Run.BARE);
            if (sends.containsKey(Run.BASIC)) {
                report.figure(report.ratio("TelesignClient Basic / bare", sends.get(Run.BASIC), bare).atLeast(TARGET_RATIO));
            }
            if (sends.containsKey(Run.TSA)) {
                report.figure(report.ratio("TelesignClient TSA / bare", sends.get(Run.TSA), bare));
            }
            if (sends.containsKey(Run.BARE_WIDE)) {
                Figure wide = report.ratio("bare 2x threads / bare", sends.get(Run.BARE_WIDE), bare);
                report.figure(wide.note(wide.note() + "; about 1 or less: more load does not go faster"));
            }
        }
        results.forEach((run, m) -> {
            if (run != Run.BARE_WIDE) {
                report.figure(Figure.of(run.label + " allocation/send", m.bytesPerSend(), "B")
                        .note("JMH gc profiler, gc.alloc.rate.norm (client JVM)"));
            }
        });
        results.values().stream().mapToDouble(m -> m.cpu().machineBusyShare().orElse(0.0) - m.cpu().clientShare() - m.cpu().serverShare())
                .max().ifPresent(others -> {
                    if (others > 10) {
                        report.note(String.format(Locale.ROOT, "other processes used up to %.0f %% of the machine during a run:"
                                + " the figures are disturbed; measure on a quiet machine", others));
                    }
                });
        results.values().stream().mapToDouble(m -> m.cpu().clientShare() + m.cpu().serverShare()).max().ifPresent(busiest -> {
            if (busiest > 85) {
                report.note(String.format(Locale.ROOT, "clients and server together kept the machine up to %.0f %% busy: the"
                        + " CPU they share is the limit here, not the server's threads; the server's µs/send, alike for every"
                        + " client, shows the difference between the clients is their own work", busiest));
            }
        });
    }
}
