package dev.cascade.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run found: figures (with their targets), correctness checks, the settings it ran
 * with and the machine. Printed as a table and written as JSON to {@code <out>/<name>.json} (the latest)
 * and {@code <out>/<name>-<time>.json} (kept).
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String name;
    private final Machine machine;
    private final Instant started = Instant.now();
    private Instant finished;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public BenchReport(String name, Machine machine) {
        this.name = name;
        this.machine = machine;
    }

    public String name() {
        return name;
    }

    public BenchReport setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    public BenchReport figure(Figure figure) {
        figures.add(figure);
        return this;
    }

    /** {@code measured / baseline} as a figure of its own ("ingest / no-op"), with its goal if any. */
    public Figure ratio(String name, Figure measured, Figure baseline) {
        Figure ratio = Figure.of(name, baseline.value() == 0 ? 0 : measured.value() / baseline.value(), "x")
                .note(Numbers.format(measured.value()) + " / " + Numbers.format(baseline.value()) + " " + measured.unit());
        return ratio;
    }

    public BenchReport check(Check check) {
        checks.add(check);
        return this;
    }

    /** A sentence for the reader: what limited the run, what the profile shows. */
    public BenchReport note(String text) {
        notes.add(text);
        return this;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public boolean allChecksPassed() {
        return checks.stream().allMatch(Check::passed);
    }

    public BenchReport finish() {
        finished = Instant.now();
        return this;
    }

    public void print(PrintStream out) {
        if (finished == null) {
            finish();
        }
        out.println();
        out.printf("== %s — %s, %d cores, %,d MiB, %s, PostgreSQL %s, %s%n", name, machine.host(), machine.cores(),
                machine.memoryMiB(), machine.java(), machine.postgres(), machine.measuredAt());
        if (!settings.isEmpty()) {
            out.println("   settings: " + settings);
        }
        int width = Math.max(12, figures.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        out.printf("   %-" + width + "s %14s %-6s %-12s %s%n", "figure", "value", "unit", "target", "");
        for (Figure f : figures) {
            String verdict = f.met().map(met -> met ? "met" : "MISSED").orElse("");
            out.printf("   %-" + width + "s %14s %-6s %-12s %-6s %s%n", f.name(), Numbers.format(f.value()), f.unit(),
                    f.target().map(Object::toString).orElse(""), verdict, f.note());
        }
        for (Check c : checks) {
            out.printf("   check %-" + (width - 6) + "s %s  %s%n", c.name(), c.passed() ? "ok" : "FAILED", c.detail());
        }
        notes.forEach(n -> out.println("   note: " + n));
        out.printf("   (%s s)%n", Duration.between(started, finished).toSeconds());
    }

    /** Writes the JSON; returns the path of the "latest" file. */
    public Path write(Path directory) {
        if (finished == null) {
            finish();
        }
        try {
            Files.createDirectories(directory);
            byte[] json = JSON.writeValueAsBytes(toJson());
            Files.write(directory.resolve(name + "-" + FILE_TIME.format(started) + ".json"), json);
            Path latest = directory.resolve(name + ".json");
            Files.write(latest, json);
            return latest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", name);
        root.set("machine", JSON.valueToTree(machine));
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        root.set("settings", JSON.valueToTree(settings));
        ArrayNode figureArray = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode node = figureArray.addObject();
            node.put("name", f.name());
            node.put("value", f.value());
            node.put("unit", f.unit());
            f.target().ifPresent(t -> {
                node.put("target", t.toString());
                node.put("met", t.metBy(f.value()));
            });
            if (!f.note().isEmpty()) {
                node.put("note", f.note());
            }
        }
        root.set("checks", JSON.valueToTree(checks));
        root.set("notes", JSON.valueToTree(notes));
        root.put("allChecksPassed", allChecksPassed());
        return root;
    }
}
