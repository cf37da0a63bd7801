package dev.cascade.ledger.reporting;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.status.ReferenceId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the message list, newest first. {@code text} matches a reference id exactly (in any case), an
 * external id exactly, or — when it is 2 to 15 digits, a leading {@code +} allowed — the end of the phone
 * number; a text that could be several of these matches any of them. Paging is by keyset ({@link Cursor}):
 * stable while new messages arrive, and as fast on page 1000 as on page 1.
 */
public record MessageSearch(Optional<String> text, Optional<Outcome> outcome, Instant from, Instant to,
                            Optional<Cursor> after, int pageSize) {

    private static final Pattern REFERENCE_SHAPE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?([0-9]{2,15})");
    private static final int EXTERNAL_ID_MAX = 128;

    public MessageSearch {
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(after, "after");
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page size must be 1-500");
        }
    }

    /** The reference id the text names, when it has a reference id's shape. */
    public Optional<ReferenceId> referenceId() {
        return text.filter(t -> REFERENCE_SHAPE.matcher(t).matches()).map(ReferenceId::of);
    }

    /** The external id the text names: the text as typed. */
    public Optional<String> externalId() {
        return text.filter(t -> t.length() <= EXTERNAL_ID_MAX);
    }

    /** The last digits of the phone number the text names: 2 to 15 digits. */
    public Optional<String> phoneDigits() {
        return text.map(PHONE_DIGITS::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    /**
     * A position in the list: the last row of the previous page. The ledger stores times to the
     * microsecond, so the token carries microseconds: a cursor rounded to the millisecond would skip or
     * repeat messages sent within the same millisecond.
     */
    public record Cursor(Instant sentAt, long id) {

        private static final Pattern TOKEN = Pattern.compile("\\d{1,18}-\\d{1,19}");

        public Cursor {
            Objects.requireNonNull(sentAt, "sentAt");
        }

        /** An opaque token for a URL: {@code <epoch microseconds>-<id>}. */
        public String token() {
            return ChronoUnit.MICROS.between(Instant.EPOCH, sentAt) + "-" + id;
        }

        public static Optional<Cursor> parse(String token) {
            if (token == null || !TOKEN.matcher(token).matches()) {
                return Optional.empty();
            }
            String[] parts = token.split("-");
            try {
                return Optional.of(new Cursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                        Long.parseLong(parts[1])));
            } catch (NumberFormatException | DateTimeException | ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }
    }
}
