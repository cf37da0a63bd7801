package dev.cascade.bench.startup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server the start-up benchmark launched: {@code ./cascade demo}, or a bare {@code standalone.sh}.
 * Knows how long it took to answer and how to stop it as an operator would, and checks that stopping
 * left nothing behind.
 *
 * @param what      for messages ("./cascade demo")
 * @param process   the launcher (the {@code cascade} script or {@code standalone.sh})
 * @param started   {@link System#nanoTime()} just before the launch
 * @param baseDir   the server base directory, named on the WildFly JVM's command line
 * @param httpPort  its HTTP port, closed once it is stopped
 */
record Launched(String what, Process process, long started, Path baseDir, int httpPort) implements AutoCloseable {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

    /** What stopping found. */
    record Stopped(Optional<Integer> exitCode, List<ProcessHandle> leftovers, boolean portStillOpen) {

        boolean clean() {
            return exitCode.isPresent() && leftovers.isEmpty() && !portStillOpen;
        }

        String detail() {
            return "exit " + exitCode.map(String::valueOf).orElse("none (still running)") + ", "
                    + (leftovers.isEmpty() ? "no WildFly process left" : "left running: " + Readiness.describe(leftovers))
                    + (portStillOpen ? ", port still open" : "");
        }
    }

    /** Launches {@code command} from {@code directory}, output to {@code log}, without JAVA_OPTS or Telesign settings of ours. */
    static Launched launch(String what, List<String> command, Path directory, Path log, Map<String, String> env, Path baseDir,
                           int httpPort) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Both servers start with standalone.conf's JVM settings, as an operator's would: nothing of this JVM's.
        builder.environment().keySet().removeIf(k -> k.equals("JAVA_OPTS") || k.startsWith("TELESIGN_") || k.startsWith("CASCADE_"));
        builder.environment().putAll(env);
        long started = System.nanoTime();
        return new Launched(what, builder.start(), started, baseDir, httpPort);
    }

    /** Waits until {@code url} answers 200; the time since launch. */
    Duration awaitOk(URI url, Duration timeout) throws InterruptedException {
        return Readiness.awaitOk(url, process, started, timeout, what);
    }

    /**
     * Stops it as Ctrl-C does: SIGTERM to the launcher. The demo's launcher traps it, relays it to
     * standalone.sh and waits; standalone.sh relays it to the WildFly JVM (a clean shutdown) and waits.
     */
    Stopped stop() throws InterruptedException {
        process.destroy();
        return awaitStopped();
    }

    private Stopped awaitStopped() throws InterruptedException {
        boolean exited = process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new Stopped(exited ? Optional.of(process.exitValue()) : Optional.empty(),
                Readiness.processesNaming("-Djboss.server.base.dir=" + baseDir), Readiness.listening(httpPort));
    }

    /** Whatever is still running of it is killed: the benchmark never leaves a server behind, even when it fails. */
    @Override
    public void close() {
        if (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        Readiness.processesNaming("-Djboss.server.base.dir=" + baseDir).forEach(ProcessHandle::destroyForcibly);
    }
}
