package dev.cascade.bench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server JVM's garbage collection so far, read with the JDK's {@code jstat -gc <pid>}: pause time
 * (young + full collections) and the concurrent collector's time, separately. Pauses are what stop the
 * server; the concurrent time is CPU the collector took beside the application.
 *
 * @param pauses     young + full collection pauses, in total
 * @param concurrent concurrent collection time (G1's marking cycles)
 * @param heapUsedKiB heap in use at the moment of reading
 */
public record GcTimes(Duration pauses, Duration concurrent, long collections, long heapUsedKiB) {

    public static GcTimes of(long pid) {
        Path jstat = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jstat");
        try {
            Process process = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jstat -gc " + pid + " failed: " + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jstat, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code jstat -gc} output: a header line and a value line, columns by name. */
    static GcTimes parse(String output) {
        String[] lines = output.strip().split("\\R");
        List<String> header = Arrays.asList(lines[0].trim().split("\\s+"));
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        double young = value(header, values, "YGCT");
        double full = value(header, values, "FGCT");
        double concurrent = header.contains("CGCT") ? value(header, values, "CGCT") : 0;
        long collections = (long) (value(header, values, "YGC") + value(header, values, "FGC"));
        long heapUsed = (long) (value(header, values, "S0U") + value(header, values, "S1U") + value(header, values, "EU")
                + value(header, values, "OU"));
        return new GcTimes(seconds(young + full), seconds(concurrent), collections, heapUsed);
    }

    /** What happened between {@code earlier} and this reading. */
    public GcTimes since(GcTimes earlier) {
        return new GcTimes(pauses.minus(earlier.pauses), concurrent.minus(earlier.concurrent),
                collections - earlier.collections, heapUsedKiB);
    }

    private static double value(List<String> header, String[] values, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= values.length) {
            throw new IllegalStateException("jstat output has no column " + column + ": " + header);
        }
        String v = values[index];
        return v.equals("-") ? 0 : Double.parseDouble(v);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
