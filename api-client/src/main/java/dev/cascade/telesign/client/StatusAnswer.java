package dev.cascade.telesign.client;

import dev.cascade.telesign.status.DeliveryReport;
import java.util.List;
import java.util.Objects;

/**
 * Telesign's answer to a status lookup: the report, what was odd about it (as for a callback), and the
 * body exactly as it came, which the ledger keeps like a callback's raw body so an operator can see what
 * Telesign said.
 */
public record StatusAnswer(DeliveryReport report, List<String> warnings, byte[] body) {

    public StatusAnswer {
        Objects.requireNonNull(report, "report");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "StatusAnswer[" + report.referenceId() + ", " + body.length + " bytes]";
    }
}
