package dev.cascade.ledger.infrastructure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Values cut to their column's size. Telesign's texts are short; a longer one is cut rather than
 * refused, because refusing would lose the status it describes.
 */
final class Columns {

    static final int DESCRIPTION = 512;
    static final int REASON = 1024;
    static final int WARNINGS = 2048;
    static final int EXTERNAL_ID = 128;
    static final int CONTENT_TYPE = 128;

    private Columns() {
    }

    /** At most {@code max} characters, and no U+0000, which PostgreSQL's text cannot hold (the parser already replaces it). */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    /**
     * A time as its column keeps it: to the microsecond (PostgreSQL's and H2's precision). The ledger cuts
     * times before it stores them, so what it holds in memory is what the database holds: the aggregates,
     * computed in memory when a message changes, must match a recount from the stored rows — a send at
     * 12:59:59.9999996 would otherwise count in the 12:00 hour here and in the 13:00 hour there.
     */
    static Instant time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
