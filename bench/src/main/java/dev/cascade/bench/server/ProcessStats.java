package dev.cascade.bench.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * CPU time of a process (Linux {@code /proc/<pid>/stat}: user + system), and of this JVM: the share of
 * the machine a server or a load generator used over a run, which says whether the generator, not the
 * server, was the limit.
 */
public final class ProcessStats {

    /** Clock ticks per second of /proc's times; 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStats() {
    }

    /** User + system CPU time of {@code pid} so far, if it still runs. */
    public static Optional<Duration> cpuTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** CPU time of this JVM (the load generator) so far. */
    public static Duration ownCpuTime() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Duration.ofNanos(os.getProcessCpuTime());
        }
        return cpuTime(ProcessHandle.current().pid()).orElse(Duration.ZERO);
    }

    /**
     * {@code cpu} as a share of the whole machine over {@code wall}: 100 % = every core busy the whole time.
     */
    public static double machineShare(Duration cpu, Duration wall) {
        int cores = Runtime.getRuntime().availableProcessors();
        return wall.isZero() ? 0 : 100.0 * cpu.toNanos() / (wall.toNanos() * (double) cores);
    }

    /** The CPU time of a list of processes together (a server and its children). */
    public static Duration cpuTime(List<Long> pids) {
        return pids.stream().map(ProcessStats::cpuTime).flatMap(Optional::stream).reduce(Duration.ZERO, Duration::plus);
    }
}
