package dev.cascade.bench.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What one JMH trial's sends came to, counted by the client inside the forked benchmark JVM and handed
 * back to {@code ClientBench} through a file (one line per trial), where it is compared with what the
 * server counted: a send that was timed but not answered 200 with a reference id would make a figure
 * worthless, so it must show.
 *
 * @param benchmark    which benchmark and variant ("telesignClient BASIC")
 * @param succeeded    sends answered 200 whose answer was read (and, for the real client, parsed)
 * @param failed       sends that threw or got another answer
 * @param firstFailure the first failure's message, or "-"
 */
record SendTally(String benchmark, long succeeded, long failed, String firstFailure) {

    SendTally {
        if (benchmark.isBlank() || benchmark.contains("\t") || succeeded < 0 || failed < 0) {
            throw new IllegalArgumentException("not a tally: " + benchmark + ", " + succeeded + ", " + failed);
        }
        firstFailure = firstFailure == null || firstFailure.isBlank() ? "-" : firstFailure.replaceAll("\\s+", " ");
    }

    long sends() {
        return succeeded + failed;
    }

    /** Appends this tally as one tab-separated line (one write: trials never overlap). */
    void appendTo(Path file) throws IOException {
        String line = benchmark + "\t" + succeeded + "\t" + failed + "\t" + firstFailure + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every tally in {@code file}; none when it does not exist (no trial finished). */
    static List<SendTally> readAll(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(SendTally::parse).toList();
    }

    static SendTally parse(String line) {
        String[] fields = line.split("\t", 4);
        if (fields.length != 4) {
            throw new IllegalArgumentException("not a tally line: '" + line + "'");
        }
        try {
            return new SendTally(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tally line: '" + line + "'", e);
        }
    }

    /** The trials of one run added up (a run may have several forks). */
    static SendTally sum(String benchmark, List<SendTally> tallies) {
        long succeeded = tallies.stream().mapToLong(SendTally::succeeded).sum();
        long failed = tallies.stream().mapToLong(SendTally::failed).sum();
        String first = tallies.stream().map(SendTally::firstFailure).filter(f -> !f.equals("-")).findFirst().orElse("-");
        return new SendTally(benchmark, succeeded, failed, first);
    }
}
