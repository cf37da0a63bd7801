package dev.cascade.bench.server;

import dev.cascade.telesign.auth.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly ({@code server/target/wildfly}) started for a benchmark as an operator starts
 * it in production: {@code standalone.xml} (PostgreSQL), the given deployments, a fixed heap, from its
 * own fresh base directory under {@code target/bench/} so it never touches the tests' or the demo's
 * server. Stopped (SIGTERM, as Ctrl-C) on {@link #close()}.
 */
public final class BenchServer implements AutoCloseable {

    /** The Telesign account the benchmark signs callbacks with: not Telesign's, not a secret. */
    public static final Credentials ACCOUNT = new Credentials("BE4C0000-CA5C-ADE0-0000-000000000001",
            "YmVuY2gta2V5LW5vdC1hLXNlY3JldC1jYXNjYWRlLWJlbmNo");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final Path base;
    private final Process process;
    private final Duration startup;

    /**
     * How to start it.
     *
     * @param name        names the base directory ({@code target/bench/server-<name>})
     * @param deployments files copied into the deployments directory (EAR, wars)
     * @param heap        -Xms and -Xmx ("512m")
     * @param properties  extra system properties ({@code cascade.ingest.writers} ...)
     */
    public record Settings(Path root, String name, int portOffset, List<Path> deployments, String jdbcUrl, String dbUser,
                           String dbPassword, String heap, Map<String, String> properties) {

        public Settings {
            deployments = List.copyOf(deployments);
            properties = Map.copyOf(properties);
        }

        public Path jbossHome() {
            return root.resolve("server/target/wildfly");
        }

        /** The production EAR as the build made it. */
        public static Path ear(Path root) {
            return root.resolve("ear/target/cascade.ear");
        }

        /** The ingestion benchmark's HTTP ceiling: a no-op POST endpoint in the same server. */
        public static Path noopWar(Path root) {
            return root.resolve("bench-endpoint/target/bench-noop.war");
        }
    }

    private BenchServer(Settings settings, Path base, Process process, Duration startup) {
        this.settings = settings;
        this.base = base;
        this.process = process;
        this.startup = startup;
    }

    /** Starts the server and waits until every deployment is up and the server reports ready. */
    public static BenchServer start(Settings settings) throws IOException, InterruptedException {
        return start(settings, configuration -> { });
    }

    /** Something written into the fresh {@code configuration} directory before start (users for the dashboard). */
    @FunctionalInterface
    public interface Configuration {
        void write(Path configurationDirectory) throws IOException;
    }

    /** As {@link #start(Settings)}, with {@code configure} run on the copied configuration first. */
    public static BenchServer start(Settings settings, Configuration configure) throws IOException, InterruptedException {
        return launch(settings, configure, true);
    }

    /**
     * Starts the server again on the base directory a previous start left (configuration, transaction
     * logs, data): as an operator restarts a server that crashed.
     */
    public static BenchServer restart(Settings settings) throws IOException, InterruptedException {
        return launch(settings, configuration -> { }, false);
    }

    private static BenchServer launch(Settings settings, Configuration configure, boolean fresh) throws IOException, InterruptedException {
        Path jbossHome = settings.jbossHome();
        if (!Files.isExecutable(jbossHome.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException(jbossHome + " is not provisioned: mvn -pl server -am package (./cascade bench builds it)");
        }
        for (Path deployment : settings.deployments()) {
            if (!Files.isRegularFile(deployment)) {
                throw new IllegalStateException(deployment + " is missing: build it first (./cascade bench builds it)");
            }
        }
        Path base = settings.root().resolve("target/bench/server-" + settings.name());
        if (fresh || !Files.isDirectory(base.resolve("configuration"))) {
            deleteTree(base);
            Files.createDirectories(base.resolve("deployments"));
            Files.createDirectories(base.resolve("log"));
            copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
            configure.write(base.resolve("configuration"));
            for (Path deployment : settings.deployments()) {
                Files.copy(deployment, base.resolve("deployments").resolve(deployment.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            // The deployment scanner redeploys what it finds; its old markers would only confuse awaitReady.
            for (Path deployment : settings.deployments()) {
                Files.deleteIfExists(base.resolve("deployments").resolve(deployment.getFileName() + ".deployed"));
                Files.deleteIfExists(base.resolve("deployments").resolve(deployment.getFileName() + ".failed"));
            }
        }

        List<String> command = new ArrayList<>(List.of("bash", jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone.xml", "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + settings.portOffset()));
        // Reconciliation would look up the benchmark's pending messages at the real Telesign (no base URL is
        // set): off unless a benchmark turns it on with its own Telesign.
        Map<String, String> properties = new LinkedHashMap<>(Map.of("cascade.reconcile.enabled", "false"));
        properties.putAll(settings.properties());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("log/console.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TELESIGN_") || k.startsWith("CASCADE_") || k.equals("JAVA_OPTS"));
        env.put("JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap()
                + " -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // Secrets through the environment, as docs/operations.md tells operators (not visible in ps).
        env.put("TELESIGN_CUSTOMER_ID", ACCOUNT.customerId());
        env.put("TELESIGN_API_KEY", ACCOUNT.apiKey());
        env.put("CASCADE_DB_URL", settings.jdbcUrl());
        env.put("CASCADE_DB_USER", settings.dbUser());
        env.put("CASCADE_DB_PASSWORD", settings.dbPassword());

        long started = System.nanoTime();
        Process process = builder.start();
        BenchServer server = new BenchServer(settings, base, process, Duration.ZERO);
        try {
            server.awaitReady(started);
        } catch (RuntimeException | IOException | InterruptedException e) {
            server.close();
            throw e;
        }
        return new BenchServer(settings, base, process, Duration.ofNanos(System.nanoTime() - started));
    }

    private void awaitReady(long started) throws IOException, InterruptedException {
        Path deployments = base.resolve("deployments");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up: " + tail(base.resolve("log/console.log")));
            }
            for (Path deployment : settings.deployments()) {
                Path failed = deployments.resolve(deployment.getFileName() + ".failed");
                if (Files.exists(failed)) {
                    throw new IllegalStateException(deployment.getFileName() + " failed to deploy: " + Files.readString(failed));
                }
            }
            boolean deployed = settings.deployments().stream()
                    .allMatch(d -> Files.exists(deployments.resolve(d.getFileName() + ".deployed")));
            if (deployed && status(managementUri("/health/ready")) == 200) {
                return;
            }
            if (System.nanoTime() - started > START_TIMEOUT.toNanos()) {
                throw new IllegalStateException("WildFly was not ready after " + START_TIMEOUT.toSeconds() + " s (log: "
                        + base.resolve("log/server.log") + ")");
            }
            Thread.sleep(250);
        }
    }

    /** {@code http://127.0.0.1:<8080 + offset><path>} */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + settings.portOffset()) + path);
    }

    /** {@code http://127.0.0.1:<9990 + offset><path>}: health and readiness. */
    public URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + (9990 + settings.portOffset()) + path);
    }

    /** How long from launching standalone.sh until every deployment was up and the server ready. */
    public Duration startup() {
        return startup;
    }

    /** The server's base directory (configuration, deployments, log). */
    public Path base() {
        return base;
    }

    /** The WildFly JVM (a child of standalone.sh). */
    public long javaPid() {
        return javaProcess().map(ProcessHandle::pid)
                .orElseThrow(() -> new IllegalStateException("no java process under standalone.sh (pid " + process.pid() + ")"));
    }

    private Optional<ProcessHandle> javaProcess() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    /** CPU time the server's JVM has used so far. */
    public Duration cpuTime() {
        return ProcessStats.cpuTime(javaPid()).orElse(Duration.ZERO);
    }

    public GcTimes gcTimes() {
        return GcTimes.of(javaPid());
    }

    /**
     * SIGKILL to WildFly's JVM, as a power cut or the kernel's OOM killer: no shutdown hook, no draining,
     * connections cut mid-request. Returns once the JVM is gone; {@link #close()} then ends the script.
     */
    public void kill() throws InterruptedException {
        ProcessHandle java = javaProcess().orElseThrow(() -> new IllegalStateException("WildFly's JVM is not running"));
        java.destroyForcibly();
        try {
            java.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("WildFly's JVM (pid " + java.pid() + ") survived SIGKILL", e);
        }
    }

    /** The server answers on its HTTP port and reports ready. */
    public boolean ready() {
        return status(managementUri("/health/ready")) == 200;
    }

    /** {@code /health/ready}'s status: 200 ready, 503 not (the database is down), -1 no answer. */
    public int readiness() {
        return status(managementUri("/health/ready"));
    }

    /**
     * Stops WildFly as SIGTERM does (a clean shutdown), then the script that launched it: standalone.sh's
     * wait loop does not end by itself when the JVM exits by a signal (status 143), so it is killed.
     */
    @Override
    public void close() {
        Optional<ProcessHandle> java = javaProcess();
        try {
            if (java.isPresent()) {
                java.get().destroy();
                java.get().onExit().get(90, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            java.ifPresent(ProcessHandle::destroyForcibly);
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Settings as key/value pairs for a report. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("server", "WildFly (server/target/wildfly), standalone.xml, heap " + settings.heap());
        d.put("deployments", settings.deployments().stream().map(p -> p.getFileName().toString()).toList());
        d.putAll(settings.properties());
        return d;
    }
}
