package dev.cascade.ledger.reporting;

import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.ReportSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recent callback receipts, newest first, with each verdict's count over the last 24 hours — what an
 * operator looks at when Telesign's callbacks start failing.
 *
 * @param nextBefore the receipt id the next (older) page starts below
 */
public record ReceiptPage(List<Row> receipts, Optional<Long> nextBefore, Map<ReceiptVerdict, Long> lastDay) {

    public record Row(long id, Instant receivedAt, Optional<String> referenceId, ReceiptVerdict verdict,
                      Optional<String> reason, Optional<String> warnings, int bodySize, ReportSource source) {
    }

    public ReceiptPage {
        receipts = List.copyOf(receipts);
        lastDay = Map.copyOf(lastDay);
    }
}
