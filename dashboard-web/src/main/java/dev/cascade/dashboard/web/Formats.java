package dev.cascade.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How numbers, times and phone numbers read on the pages ({@code ${fmt.percent(...)}} in templates).
 * Phone numbers are personal data: analysts see the last four digits only, admins the whole number.
 */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private final boolean wholePhoneNumbers;

    public Formats(ZoneId zone, boolean wholePhoneNumbers) {
        this.zone = zone;
        this.wholePhoneNumbers = wholePhoneNumbers;
    }

    public ZoneId zone() {
        return zone;
    }

    public String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** A share as a percentage with one decimal: {@code 70.0 %}. */
    public String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f %%", share * 100);
    }

    public String duration(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return String.format(Locale.ENGLISH, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return (seconds / 60) + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return String.format(Locale.ENGLISH, "%.1f h", seconds / 3600.0);
    }

    public String duration(Optional<Duration> duration) {
        return duration(duration.orElse(null));
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    public String time(Optional<Instant> instant) {
        return time(instant.orElse(null));
    }

    public String shortTime(Instant instant) {
        return SHORT.format(instant.atZone(zone));
    }

    /** {@code …5309} for analysts; the whole number for admins. */
    public String phone(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.isEmpty()) {
            return "—";
        }
        return wholePhoneNumbers ? "+" + phoneNumber : mask(phoneNumber);
    }

    public String phone(Optional<String> phoneNumber) {
        return phone(phoneNumber.orElse(null));
    }

    public static String mask(String phoneNumber) {
        return phoneNumber.length() <= 4 ? "…" : "…" + phoneNumber.substring(phoneNumber.length() - 4);
    }

    public String orDash(Optional<?> value) {
        return value.map(Object::toString).orElse("—");
    }
}
