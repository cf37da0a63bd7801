package dev.cascade.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Callbacks received, applied, duplicate, rejected and unavailable (answered 503) since start-up, on
 * this node. Shown in the readiness check's data and logged each minute; the ledger's receipts are the
 * durable count.
 */
@ApplicationScoped
public class IngestionCounters {

    private final LongAdder received = new LongAdder();
    private final LongAdder applied = new LongAdder();
    private final LongAdder duplicate = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder unavailable = new LongAdder();

    public void received() {
        received.increment();
    }

    public void stored(ReceiptVerdict verdict) {
        (verdict == ReceiptVerdict.DUPLICATE ? duplicate : applied).increment();
    }

    public void rejected() {
        rejected.increment();
    }

    public void unavailable() {
        unavailable.increment();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("received", received.sum());
        counts.put("applied", applied.sum());
        counts.put("duplicate", duplicate.sum());
        counts.put("rejected", rejected.sum());
        counts.put("unavailable", unavailable.sum());
        return counts;
    }
}
