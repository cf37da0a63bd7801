package dev.cascade.bench.report;

import java.util.Locale;

/** How figures are written: thousands grouped, at most what the measurement supports. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        double abs = Math.abs(value);
        if (abs >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
