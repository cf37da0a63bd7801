package dev.cascade.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly started as an operator starts it, outside Arquillian, for tests about start-up
 * itself: its own base directory under {@code integration-tests/target/<name>}, its own port offset, only
 * the environment and properties given (no TELESIGN_ or CASCADE_ variables inherited), the EAR dropped
 * into the deployment scanner's directory. Stopped and killed on {@link #close()}.
 */
public final class StandaloneServer implements AutoCloseable {

    /** How a deployment ended: the scanner's marker file and what it says. */
    public record Deployment(boolean deployed, String failure) {
    }

    private final Path base;
    private final Process process;
    private final int portOffset;
    private final String deploymentName;

    private StandaloneServer(Path base, Process process, int portOffset, String deploymentName) {
        this.base = base;
        this.process = process;
        this.portOffset = portOffset;
        this.deploymentName = deploymentName;
    }

    /**
     * @param config      {@code standalone.xml} or {@code standalone-demo.xml}
     * @param properties  system properties for the server (no secrets: they show in ps)
     * @param environment environment variables for the server
     */
    public static StandaloneServer start(String name, int portOffset, String config, Path deployment,
                                         Map<String, String> properties, Map<String, String> environment) {
        Path jbossHome = Path.of(ItConfig.property("jboss.home"));
        Path base = DemoProcess.ROOT.resolve("integration-tests/target").resolve(name);
        try {
            deleteTree(base);
            copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(deployment, base.resolve("deployments").resolve(deployment.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of("bash", jbossHome.resolve("bin/standalone.sh").toString(),
                    "-c", config, "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset));
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(base.resolve("console.log").toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("TELESIGN_") || k.startsWith("CASCADE_") || k.equals("JAVA_OPTS"));
            builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            builder.environment().putAll(environment);
            return new StandaloneServer(base, builder.start(), portOffset, deployment.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the deployment scanner's verdict on the EAR: {@code .deployed} or {@code .failed}. */
    public Deployment awaitDeployment() {
        Path deployed = base.resolve("deployments").resolve(deploymentName + ".deployed");
        Path failed = base.resolve("deployments").resolve(deploymentName + ".failed");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                .failFast("WildFly exited: " + tail(), () -> !process.isAlive())
                .until(() -> Files.exists(deployed) || Files.exists(failed));
        try {
            return Files.exists(deployed) ? new Deployment(true, "") : new Deployment(false, Files.readString(failed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    public String serverLog() {
        try {
            return Files.readString(base.resolve("log/server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        try {
            String text = Files.readString(base.resolve("console.log"));
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to the JVM (a clean stop), then the launching script; forcibly after a minute. */
    @Override
    public void close() {
        List<ProcessHandle> java = process.descendants().toList();
        java.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : java) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
