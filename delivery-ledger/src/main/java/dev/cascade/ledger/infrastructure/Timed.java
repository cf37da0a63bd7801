package dev.cascade.ledger.infrastructure;

import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * When a status took effect: Telesign's {@code updated_on} when readable, else the time Cascade
 * received it ({@code estimated}); to the microsecond, as the ledger stores it ({@link Columns#time}).
 * {@code key} identifies the status's moment for de-duplication: the instant, or Telesign's raw text when
 * it could not be read, or nothing when Telesign sent none.
 */
record Timed(Instant effective, boolean estimated, Optional<Instant> telesign, Optional<String> raw, String key) {

    private static final int MAX_RAW = 64;

    static Timed of(Optional<TelesignTimestamp> updatedOn, Instant receivedAt) {
        Optional<Instant> parsed = updatedOn.flatMap(TelesignTimestamp::instant);
        Optional<String> raw = updatedOn.map(TelesignTimestamp::raw).map(Text::truncate64);
        String key = parsed.map(Instant::toString)
                .orElseGet(() -> raw.map(r -> "raw:" + r).orElse("none"));
        return new Timed(Columns.time(parsed.orElse(receivedAt)), parsed.isEmpty(), parsed, raw, key);
    }

    /** Kept short enough for {@code updated_on_raw}. */
    static final class Text {
        private Text() {
        }

        static String truncate64(String text) {
            return text.length() <= MAX_RAW ? text : text.substring(0, MAX_RAW);
        }
    }
}
