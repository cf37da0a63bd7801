package dev.cascade.bench.client;

import dev.cascade.bench.server.ProcessStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU used during one JMH run by this JVM (which hosts the no-op server) and by the JVMs JMH forks (the
 * clients). A forked JVM's CPU time can only be read while it runs, so its children are sampled every
 * 100 ms and the last reading of each kept; a fork's final ~100 ms (its shutdown) is therefore missed.
 */
final class CpuSampler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cpu-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Duration> children = new ConcurrentHashMap<>();
    private final long startedNanos = System.nanoTime();
    private final Duration ownAtStart = ProcessStats.ownCpuTime();
    private final Optional<MachineTicks> machineAtStart = MachineTicks.read();
    private Usage usage;

    /**
     * CPU over the sampled wall time: the server's (this JVM), the clients' (forked JVMs) and the whole
     * machine's busy share (empty where /proc/stat cannot be read): busy minus ours is other people's work.
     */
    record Usage(Duration wall, Duration server, Duration clients, Optional<Double> machineBusyShare) {

        double serverShare() {
            return ProcessStats.machineShare(server, wall);
        }

        double clientShare() {
            return ProcessStats.machineShare(clients, wall);
        }
    }

    CpuSampler() {
        timer.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        ProcessHandle.current().children().forEach(child ->
                ProcessStats.cpuTime(child.pid()).ifPresent(cpu -> children.put(child.pid(), cpu)));
    }

    /** Stops sampling; the usage since construction. */
    Usage stop() {
        if (usage == null) {
            timer.shutdownNow();
            Duration server = ProcessStats.ownCpuTime().minus(ownAtStart);
            Duration clients = children.values().stream().reduce(Duration.ZERO, Duration::plus);
            Optional<Double> busy = machineAtStart.flatMap(start -> MachineTicks.read().map(end -> end.busyShareSince(start)));
            usage = new Usage(Duration.ofNanos(System.nanoTime() - startedNanos), server, clients, busy);
        }
        return usage;
    }

    @Override
    public void close() {
        stop();
    }

    /** The machine's CPU ticks so far, all cores: busy and total (the first line of /proc/stat). */
    record MachineTicks(long busy, long total) {

        static Optional<MachineTicks> read() {
            try {
                return Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("cpu ")).findFirst()
                        .map(MachineTicks::parse);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** "cpu user nice system idle iowait irq softirq steal ...": idle and iowait are not busy. */
        static MachineTicks parse(String line) {
            String[] fields = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new MachineTicks(total - idle, total);
        }

        /** Busy share of the whole machine between {@code earlier} and this reading, in %. */
        double busyShareSince(MachineTicks earlier) {
            long total = this.total - earlier.total;
            return total <= 0 ? 0 : 100.0 * (busy - earlier.busy) / total;
        }
    }
}
