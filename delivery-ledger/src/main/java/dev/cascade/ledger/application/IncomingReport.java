package dev.cascade.ledger.application;

import dev.cascade.telesign.status.DeliveryReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A delivery report to apply, with the raw body it came in (kept in the receipt, so operators can see
 * and replay exactly what arrived).
 *
 * @param warnings what was odd but not fatal about it (e.g. an unreadable timestamp)
 */
public record IncomingReport(DeliveryReport report, byte[] rawBody, String contentType, Instant receivedAt,
                             List<String> warnings, ReportSource source) {

    public IncomingReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "IncomingReport[" + report.referenceId() + ", " + rawBody.length + " bytes, " + source + "]";
    }
}
