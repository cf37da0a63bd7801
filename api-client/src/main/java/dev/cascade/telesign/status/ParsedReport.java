package dev.cascade.telesign.status;

import java.util.List;
import java.util.Objects;

/**
 * A delivery report and what was odd about it without making it unusable (an unreadable timestamp,
 * a malformed channel reference id): the ledger flags such rows instead of refusing them.
 */
public record ParsedReport(DeliveryReport report, List<String> warnings) {

    public ParsedReport {
        Objects.requireNonNull(report, "report");
        warnings = List.copyOf(warnings);
    }
}
