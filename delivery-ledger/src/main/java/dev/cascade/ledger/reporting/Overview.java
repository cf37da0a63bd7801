package dev.cascade.ledger.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Everything the overview page shows for a filter: tiles, the series, failure reasons, delivery times. */
public record Overview(ReportFilter filter, ZoneId zone, Granularity granularity, OutcomeCounts totals,
                       List<SeriesPoint> series, List<FailureReason> rcsFailures, DeliveryTimes rcs,
                       DeliveryTimes smsFallback) {

    public Overview {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(totals, "totals");
        series = List.copyOf(series);
        rcsFailures = List.copyOf(rcsFailures);
        Objects.requireNonNull(rcs, "rcs");
        Objects.requireNonNull(smsFallback, "smsFallback");
    }
}
