package dev.cascade.bench.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One measured number, with its target when the issue sets one.
 *
 * @param name   what was measured ("callbacks/s", "overview 90 d, median")
 * @param value  the number
 * @param unit   its unit ("/s", "ms", "%", "x")
 * @param target the bound it should meet, if any
 * @param note   how it was measured, or what it depends on (may be empty)
 */
public record Figure(String name, double value, String unit, Optional<Target> target, String note) {

    /** A bound: at least or at most {@code bound}. */
    public record Target(Bound bound, double value) {

        public boolean metBy(double measured) {
            return bound == Bound.AT_LEAST ? measured >= value : measured <= value;
        }

        @Override
        public String toString() {
            return (bound == Bound.AT_LEAST ? ">= " : "<= ") + Numbers.format(value);
        }
    }

    public enum Bound { AT_LEAST, AT_MOST }

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        note = note == null ? "" : note;
    }

    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, Optional.empty(), "");
    }

    public Figure atLeast(double bound) {
        return new Figure(name, value, unit, Optional.of(new Target(Bound.AT_LEAST, bound)), note);
    }

    public Figure atMost(double bound) {
        return new Figure(name, value, unit, Optional.of(new Target(Bound.AT_MOST, bound)), note);
    }

    public Figure note(String text) {
        return new Figure(name, value, unit, target, text);
    }

    /** Empty without a target; else whether the value meets it. */
    public Optional<Boolean> met() {
        return target.map(t -> t.metBy(value));
    }
}
