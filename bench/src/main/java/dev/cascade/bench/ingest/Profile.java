package dev.cascade.bench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import dev.cascade.bench.server.FlightRecording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JDK Flight Recorder on the server during the ingest run ({@code jcmd JFR.start}/{@code JFR.dump}), and
 * where its CPU samples fall: hot methods (the sampled top frame) and packages (share of samples with a
 * frame of that package anywhere on the stack). JDK 17's {@code jfr} has no {@code view hot-methods},
 * so the recording is read with the JDK's own {@code jdk.jfr.consumer} API.
 */
public final class Profile {

    /** A method or package and its share of the CPU samples. */
    public record Share(String name, long samples, double percent) {
    }

    /**
     * What the recording shows.
     *
     * @param hotMethods    top frames of the CPU samples
     * @param selfPackages  packages of the top frames: where CPU is spent
     * @param packages      packages anywhere on the sampled stacks: which layers the CPU time passes through
     * @param socketReads   time threads spent blocked reading sockets (reads of 10 ms or more, the JFR
     *                      profile's threshold), per remote port: waiting for PostgreSQL (5432) is where a
     *                      database-bound server spends its time without using CPU
     */
    public record Summary(long samples, List<Share> hotMethods, List<Share> selfPackages, List<Share> packages,
                          Map<Integer, Duration> socketReads) {

        public String text(int limit) {
            StringBuilder out = new StringBuilder();
            out.append("CPU samples (jdk.ExecutionSample): ").append(samples).append('\n');
            out.append("\nHot methods (top frame):\n");
            hotMethods.stream().limit(limit).forEach(s -> out.append(String.format("  %5.1f %%  %s%n", s.percent(), s.name())));
            out.append("\nPackages of the top frame (self time):\n");
            selfPackages.stream().limit(limit).forEach(s -> out.append(String.format("  %5.1f %%  %s%n", s.percent(), s.name())));
            out.append("\nSocket reads of 10 ms or more (threads blocked waiting for an answer), by remote port:\n");
            socketReads.forEach((port, time) -> out.append(String.format("  %8.1f s  port %d%n", time.toMillis() / 1000.0, port)));
            out.append("\nPackages (share of samples with a frame of the package on the stack):\n");
            packages.stream().limit(limit).forEach(s -> out.append(String.format("  %5.1f %%  %s%n", s.percent(), s.name())));
            return out.toString();
        }
    }

    private static final String NAME = "cascade-bench-ingest";

    private final FlightRecording recording;
    private final Path file;

    private Profile(FlightRecording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts a recording with the JDK's "profile" settings (CPU samples every 10-20 ms). */
    public static Profile start(long pid, Path file) throws IOException, InterruptedException {
        return new Profile(FlightRecording.start(pid, NAME), file);
    }

    /** Writes the recording to the file and stops it. */
    public Path stop() throws IOException, InterruptedException {
        return recording.stop(file);
    }

    public static Summary summarize(Path recording) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        Map<Integer, Duration> socketReads = new TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                stacks.add(event.getStackTrace().getFrames().stream().map(RecordedFrame::getMethod)
                        .map(m -> m.getType().getName() + "." + m.getName()).toList());
            } else if (type.equals("jdk.SocketRead")) {
                socketReads.merge(event.getInt("port"), event.getDuration(), Duration::plus);
            }
        }
        return summarize(stacks, socketReads);
    }

    /** @param stacks each sample's frames as {@code type.method}, the top (running) frame first */
    static Summary summarize(List<List<String>> stacks, Map<Integer, Duration> socketReads) {
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        long samples = 0;
        for (List<String> frames : stacks) {
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            methods.merge(frames.get(0), 1L, Long::sum);
            self.merge(packageOf(frames.get(0)), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (String frame : frames) {
                seen.add(packageOf(frame));
            }
            seen.forEach(p -> packages.merge(p, 1L, Long::sum));
        }
        return new Summary(samples, ranked(methods, samples), ranked(self, samples), ranked(packages, samples), Collections.unmodifiableMap(new TreeMap<>(socketReads)));
    }

    private static List<Share> ranked(Map<String, Long> counts, long total) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Share(e.getKey(), e.getValue(), total == 0 ? 0 : 100.0 * e.getValue() / total))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The first three segments of a frame's package ({@code org.hibernate.engine}): enough to tell layers apart. */
    static String packageOf(String frame) {
        String type = frame.substring(0, Math.max(0, frame.lastIndexOf('.')));
        int lastDot = type.lastIndexOf('.');
        if (lastDot < 0) {
            return "(default package)";
        }
        String[] parts = type.substring(0, lastDot).split("\\.");
        return parts.length <= 3 ? String.join(".", parts) : String.join(".", parts[0], parts[1], parts[2]);
    }
}
