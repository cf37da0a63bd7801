package dev.cascade.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./cascade demo} started as a user starts it, in the repository root, on its own port; its
 * output in {@code integration-tests/target/<name>.log} (WildFly's own under {@code target/demo/log}), its
 * ledger readable over JDBC (H2, AUTO_SERVER).
 */
public final class DemoProcess implements AutoCloseable {

    public static final Path ROOT = Path.of(System.getProperty("cascade.root", "..")).toAbsolutePath().normalize();

    private final int port;
    private final Path log;
    private final Process process;

    private DemoProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the launcher with {@code options} and {@code environment} (credentials, passwords) and waits
     * until it says Cascade is running.
     */
    public static DemoProcess start(String name, int port, Map<String, String> environment, String... options) {
        return launch(name, "demo", port, environment, options);
    }

    /**
     * Starts {@code ./cascade <command> --port <port> <options>} with {@code environment} (and no other
     * TELESIGN_ or CASCADE_ variable) and waits until it says Cascade is running.
     */
    public static DemoProcess launch(String name, String command, int port, Map<String, String> environment, String... options) {
        try {
            Path log = Files.createDirectories(ROOT.resolve("integration-tests/target")).resolve(name + ".log");
            List<String> arguments = new ArrayList<>(List.of("bash", ROOT.resolve("cascade").toString(), command,
                    "--port", String.valueOf(port)));
            arguments.addAll(List.of(options));
            ProcessBuilder builder = new ProcessBuilder(arguments).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("TELESIGN_") || k.startsWith("CASCADE_"));
            builder.environment().putAll(environment);
            DemoProcess demo = new DemoProcess(port, log, builder.start());
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .failFast("./cascade " + command + " exited: " + demo.tail(), () -> !demo.process.isAlive())
                    .until(() -> demo.output().contains("Cascade is running") || demo.output().contains("Cascade cluster is running"));
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int managementPort() {
        return port + 1910;
    }

    public Process process() {
        return process;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The launcher's output: what a user sees in the terminal. */
    public Path log() {
        return log;
    }

    /** WildFly's logs of the demo server: {@code server.log} (and its rotated days) and the console's. */
    public static List<Path> serverLogs() {
        Path dir = ROOT.resolve("target/demo/log");
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("(server|console)\\.log.*")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String tail() {
        String text = output();
        return text.substring(Math.max(0, text.length() - 3000));
    }

    /** The process id of the WildFly the launcher started. */
    public long wildflyPid() {
        try {
            return Long.parseLong(Files.readString(ROOT.resolve("target/demo/wildfly.pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a counting query on the demo's ledger. */
    public static long count(String sql) {
        String url = "jdbc:h2:file:" + ROOT.resolve("target/demo/data/cascade/cascade")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** SIGTERM, as Ctrl-C: the launcher stops WildFly and exits. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(90, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
