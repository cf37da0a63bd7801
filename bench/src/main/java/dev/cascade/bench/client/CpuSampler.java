package dev.cascade.bench.client;

import dev.cascade.bench.server.ProcessStats;
import java.time.Duration;
import java.util.Map;
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
    private Usage usage;

    /** CPU over the sampled wall time: the server's (this JVM) and the clients' (forked JVMs). */
    record Usage(Duration wall, Duration server, Duration clients) {

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
            usage = new Usage(Duration.ofNanos(System.nanoTime() - startedNanos), server, clients);
        }
        return usage;
    }

    @Override
    public void close() {
        stop();
    }
}
