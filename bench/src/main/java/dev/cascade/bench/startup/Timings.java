package dev.cascade.bench.startup;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The runs of a start-up measurement: their median (what is reported) and the list (what is shown). */
record Timings(List<Duration> runs) {

    Timings {
        runs = List.copyOf(runs);
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The median in seconds; of an even count, the mean of the middle two. */
    double medianSeconds() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs to take the median of");
        }
        List<Double> sorted = runs.stream().map(d -> d.toNanos() / 1e9).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** "12.3, 11.9, 12.8 s" in the order measured. */
    String list() {
        return runs.stream().map(d -> String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e9)).collect(Collectors.joining(", ")) + " s";
    }
}
