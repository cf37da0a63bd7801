package dev.cascade.ledger.reporting;

import dev.cascade.ledger.application.ReceiptVerdict;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The dashboard's questions to the ledger. Read-only; safe to call concurrently. */
public interface ReportingQueries {

    /** Tiles, outcomes over time (bucketed in {@code zone}), RCS failure reasons, delivery times. */
    Overview overview(ReportFilter filter, ZoneId zone);

    FallbackAdvice fallbackAdvice(ReportFilter filter);

    MessagePage searchMessages(MessageSearch search);

    /**
     * @param verdict   only receipts with this verdict
     * @param before    only receipts with a smaller id (the next page)
     */
    ReceiptPage receipts(Optional<ReceiptVerdict> verdict, Optional<Long> before, int pageSize);

    /** The calling codes that occur, most messages in the last 24 hours first (the country filter's choices). */
    List<String> callingCodes();
}
