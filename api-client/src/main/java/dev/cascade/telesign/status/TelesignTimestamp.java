package dev.cascade.telesign.status;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timestamp as Telesign wrote it, and the instant it denotes when that can be worked out.
 *
 * <p>Telesign's own documents use at least five formats ({@code 2020-05-04 22:07:01:226} with a
 * colon before the millis, {@code 2020-05-04 22:05:00.325}, ISO-8601 with 0-9 fraction digits and
 * {@code Z}, and RFC 1123). All are read; zone-less ones are UTC. A timestamp that fits none is kept
 * as written with no instant — a callback is never dropped over its clock.
 */
public record TelesignTimestamp(String raw, Optional<Instant> instant) {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2}):(\\d{2})(?:[.:,](\\d{1,9}))?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    public TelesignTimestamp {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(instant, "instant");
    }

    /** Reads any format Telesign uses; never throws for an unreadable value. */
    public static TelesignTimestamp parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new TelesignTimestamp(raw, toInstant(raw.trim()));
    }

    /** How Telesign writes its newest omnichannel timestamps: {@code 2020-05-04 22:05:00.325}, UTC. */
    public static TelesignTimestamp of(Instant instant) {
        return new TelesignTimestamp(WRITE.format(instant), Optional.of(instant));
    }

    /** Written in the guide's callback example style, colon before the millis. */
    public static TelesignTimestamp guideStyle(Instant instant) {
        String text = WRITE.format(instant);
        int dot = text.lastIndexOf('.');
        return new TelesignTimestamp(text.substring(0, dot) + ":" + text.substring(dot + 1), Optional.of(instant));
    }

    public boolean isParsed() {
        return instant.isPresent();
    }

    private static Optional<Instant> toInstant(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = DATE_TIME.matcher(text);
            if (m.matches()) {
                return Optional.of(isoLike(m));
            }
            if (EPOCH.matcher(text).matches()) {
                long n = Long.parseLong(text);
                return Optional.of(text.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
            }
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Instant isoLike(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), nanos);
        return date.atTime(time).atOffset(offset(m.group(8))).toInstant();
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    @Override
    public String toString() {
        return raw;
    }
}
