package dev.cascade.bench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JDK Flight Recorder recording of the bench server, started and dumped with {@code jcmd} (the server is
 * another JVM), with the JDK's "profile" settings: CPU samples every 10-20 ms, socket reads of 10 ms or more.
 * Each benchmark's {@code --profile} reads the recording its own way.
 */
public final class FlightRecording {

    private final long pid;
    private final String name;

    private FlightRecording(long pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    public static FlightRecording start(long pid, String name) throws IOException, InterruptedException {
        jdkTool("jcmd", String.valueOf(pid), "JFR.start", "name=" + name, "settings=profile");
        return new FlightRecording(pid, name);
    }

    /** Writes the recording to {@code file} (replacing it) and stops it. */
    public Path stop(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        jdkTool("jcmd", String.valueOf(pid), "JFR.dump", "name=" + name, "filename=" + file);
        jdkTool("jcmd", String.valueOf(pid), "JFR.stop", "name=" + name);
        return file;
    }

    /** Runs a tool of the JDK this program runs on ({@code jcmd}, {@code jfr}) and returns its output. */
    public static String jdkTool(String tool, String... arguments) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command")));
        List<String> command = new ArrayList<>(List.of(java.resolveSibling(tool).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
