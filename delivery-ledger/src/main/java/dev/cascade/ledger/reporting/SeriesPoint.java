package dev.cascade.ledger.reporting;

import java.time.Instant;
import java.util.Objects;

/** One bucket of the outcomes-over-time chart; {@code start} is the bucket's start in the viewer's zone. */
public record SeriesPoint(Instant start, OutcomeCounts counts) {

    public SeriesPoint {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(counts, "counts");
    }
}
