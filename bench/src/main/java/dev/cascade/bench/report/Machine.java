package dev.cascade.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The machine a result was measured on, written beside every figure: numbers from another machine do not compare. */
public record Machine(String host, String cpu, int cores, long memoryMiB, String os, String java, String postgres, String measuredAt) {

    /** This machine, now; {@code postgres} is the server version the benchmark talked to (or "-"). */
    public static Machine here(String postgres) {
        return new Machine(hostName(), cpuModel().orElse(System.getProperty("os.arch")), Runtime.getRuntime().availableProcessors(),
                totalMemoryMiB(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + Runtime.version(), postgres, Instant.now().toString());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long totalMemoryMiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return -1;
    }
}
