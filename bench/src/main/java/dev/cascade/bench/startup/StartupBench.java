package dev.cascade.bench.startup;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Check;
import dev.cascade.bench.report.Figure;
import dev.cascade.bench.report.Machine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./cascade bench startup}: how long a second {@code ./cascade demo} takes from launch until the
 * dashboard answers ({@code GET /dashboard/login} → 200). Target: ≤ 20 s.
 *
 * <p>The first start may migrate the ledger and back-fill: it is run, awaited and stopped unmeasured.
 * Then each run starts the demo again and times it, and, as the baseline in the same run, starts the
 * same WildFly with no deployments ({@code standalone.sh -c standalone-demo.xml}, its own base
 * directory with an empty deployments directory) until its management readiness answers: Cascade's
 * start over bare WildFly's is what Cascade adds. Every stop is checked to leave no WildFly behind.
 */
@Command(name = "startup", mixinStandardHelpOptions = true, description = "How long a second ./cascade demo takes to answer.")
public final class StartupBench implements Benchmark, Callable<Integer> {

    static final double TARGET_SECONDS = 20;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    @Mixin
    BenchOptions options;

    @Option(names = "--port", description = "The demo's HTTP port; management on port + 1910 (default: ${DEFAULT-VALUE}).")
    int port = 8590;

    @Option(names = "--runs", description = "Measured starts of each server; the median is reported (default: 5, smoke: 1).")
    Integer runs;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        int count = runs != null ? runs : options.smoke() ? 1 : 5;
        if (count < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, was " + count);
        }
        if (port < 1024 || port + 1910 > 65535) {
            throw new IllegalArgumentException("--port must be between 1024 and " + (65535 - 1910) + ", was " + port);
        }
        Path root = options.root();
        Path jbossHome = root.resolve("server/target/wildfly");
        requireFile(root.resolve("cascade"), "the launcher");
        requireFile(root.resolve("demo-ear/target/cascade-demo.ear"), "the demo EAR (./cascade bench builds it)");
        requireFile(jbossHome.resolve("bin/standalone.sh"), "the provisioned WildFly (./cascade bench builds it)");
        int management = port + 1910;
        for (int p : new int[] {port, management}) {
            if (Readiness.listening(p)) {
                throw new IllegalStateException("port " + p + " is in use (another server?): choose another with --port");
            }
        }
        Path work = options.outputDirectory().resolve("startup");
        Path bareBase = work.resolve("bare-wildfly");
        prepareBareBase(jbossHome, bareBase);

        BenchReport report = new BenchReport("startup", Machine.here("-"))
                .setting("command", "./cascade demo --no-build --port " + port + " --traffic 0")
                .setting("ready when", "GET http://127.0.0.1:" + port + "/dashboard/login answers 200")
                .setting("baseline", "standalone.sh -c standalone-demo.xml, no deployments, until GET :" + management + "/health/ready answers 200")
                .setting("runs", count);
        URI dashboard = URI.create("http://127.0.0.1:" + port + "/dashboard/login");
        URI bareReady = URI.create("http://127.0.0.1:" + management + "/health/ready");
        List<String> demo = List.of(root.resolve("cascade").toString(), "demo", "--no-build", "--port", Integer.toString(port), "--traffic", "0");
        // standalone.sh in the background of a shell that relays SIGTERM and waits, exactly as ./cascade demo runs it:
        // signalled directly, standalone.sh did not exit here after its JVM had stopped (BenchServer meets the same).
        List<String> bare = List.of("bash", "-c", "\"$0\" \"$@\" & pid=$!; trap 'kill -TERM $pid; wait $pid; exit 0' TERM INT; wait $pid",
                jbossHome.resolve("bin/standalone.sh").toString(), "-c", "standalone-demo.xml",
                "-Djboss.server.base.dir=" + bareBase, "-Djboss.socket.binding.port-offset=" + (port - 8080));
        Path demoBase = root.resolve("target/demo");

        List<Duration> cascade = new ArrayList<>();
        List<Duration> wildfly = new ArrayList<>();
        // Interrupted (Ctrl-C), the benchmark still stops the server it started: SIGTERM, a clean shutdown.
        Thread stopOnExit = new Thread(() -> ProcessHandle.current().children().forEach(ProcessHandle::destroy), "startup-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            Duration first = startAndStop("./cascade demo", demo, root, work.resolve("demo-first.log"), Map.of(), demoBase, dashboard,
                    "first start", report);
            report.figure(Figure.of("first ./cascade demo (unmeasured warm-up)", first.toNanos() / 1e9, "s")
                    .note("may migrate the H2 ledger; not the target"));
            startAndStop("bare WildFly", bare, root, work.resolve("bare-first.log"), Map.of("LAUNCH_JBOSS_IN_BACKGROUND", "1"),
                    bareBase, bareReady, "first start", report);
            for (int i = 1; i <= count; i++) {
                cascade.add(startAndStop("./cascade demo", demo, root, work.resolve("demo-" + i + ".log"), Map.of(), demoBase,
                        dashboard, "run " + i, report));
                wildfly.add(startAndStop("bare WildFly", bare, root, work.resolve("bare-" + i + ".log"),
                        Map.of("LAUNCH_JBOSS_IN_BACKGROUND", "1"), bareBase, bareReady, "run " + i, report));
            }
        } catch (IllegalStateException e) {
            report.check(Check.that("every start answered", false, e.getMessage()));
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        describe(new Timings(cascade), new Timings(wildfly), report);
        return report.finish();
    }

    /** One start, timed until {@code ready} answers 200, and its stop (SIGTERM to the launcher, as Ctrl-C), checked. */
    private static Duration startAndStop(String what, List<String> command, Path root, Path log, Map<String, String> env, Path base,
                                         URI ready, String label, BenchReport report)
            throws IOException, InterruptedException {
        System.out.println("== startup: " + what + ", " + label);
        try (Launched launched = Launched.launch(what, command, root, log, env, base, ready.getPort())) {
            Duration took;
            try {
                took = launched.awaitOk(ready, START_TIMEOUT);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + " (log: " + log + ")", e);
            }
            System.out.printf(Locale.ROOT, "   answered in %.1f s%n", took.toNanos() / 1e9);
            Launched.Stopped stopped = launched.stop();
            report.check(Check.that(what + ", " + label + ": stopped, nothing left", stopped.clean(), stopped.detail()));
            return took;
        }
    }

    static void describe(Timings cascade, Timings wildfly, BenchReport report) {
        if (cascade.isEmpty()) {
            return;
        }
        Figure demo = Figure.of("second ./cascade demo: dashboard answering, median", cascade.medianSeconds(), "s")
                .atMost(TARGET_SECONDS).note("runs: " + cascade.list());
        report.figure(demo);
        if (!wildfly.isEmpty()) {
            Figure bare = Figure.of("bare WildFly (no deployments): ready, median", wildfly.medianSeconds(), "s").note("runs: " + wildfly.list());
            report.figure(bare);
            report.figure(report.ratio("Cascade demo / bare WildFly", demo, bare));
            report.figure(Figure.of("what Cascade adds (median difference)", cascade.medianSeconds() - wildfly.medianSeconds(), "s")
                    .note("deploying the demo EAR (Cascade + simulator): JPA, Flyway check, CDI, the wars"));
        }
    }

    /** A fresh base directory for the bare server: the provisioned configuration, an empty deployments directory. */
    static void prepareBareBase(Path jbossHome, Path base) throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> paths = Files.walk(base)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        Path configuration = jbossHome.resolve("standalone/configuration");
        try (Stream<Path> paths = Files.walk(configuration)) {
            paths.forEach(source -> {
                Path target = base.resolve("configuration").resolve(configuration.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void requireFile(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: " + what);
        }
    }
}
