package dev.cascade.dashboard.overview;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.reporting.ReportFilter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The report filters as the user set them in the URL ({@code range}, {@code from}, {@code to},
 * {@code type}, {@code origin}, {@code cc}, {@code tz}), turned into a {@link ReportFilter}. A value
 * that does not make sense becomes an inline message and its default, never an error page.
 */
public record ReportForm(String range, String from, String to, String type, String origin, String callingCode,
                         ZoneId zone, ReportFilter filter, List<String> errors) {

    public static final Map<String, Duration> RANGES = rangesInOrder();
    private static final Set<String> TYPES = Set.of("ARN", "MKT", "OTP");
    private static final Duration MAX_CUSTOM = Duration.ofDays(400);

    private static Map<String, Duration> rangesInOrder() {
        Map<String, Duration> ranges = new LinkedHashMap<>();
        ranges.put("24h", Duration.ofHours(24));
        ranges.put("7d", Duration.ofDays(7));
        ranges.put("30d", Duration.ofDays(30));
        ranges.put("90d", Duration.ofDays(90));
        return ranges;
    }

    public static ReportForm of(Exchange exchange, Clock clock) {
        return parse(exchange::param, exchange.zone(), clock.instant());
    }

    /** The form from request parameters; the range ends with the hour that holds {@code now}. */
    public static ReportForm parse(Function<String, Optional<String>> params, ZoneId zone, Instant now) {
        List<String> errors = new ArrayList<>();
        String range = params.apply("range").orElse("7d");
        Instant end = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start;
        String from = params.apply("from").orElse("");
        String to = params.apply("to").orElse("");
        if (range.equals("custom")) {
            try {
                LocalDate first = LocalDate.parse(from);
                LocalDate last = LocalDate.parse(to);
                start = first.atStartOfDay(zone).toInstant();
                end = last.plusDays(1).atStartOfDay(zone).toInstant();
                if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_CUSTOM) > 0) {
                    throw new DateTimeException("bad range");
                }
            } catch (DateTimeException e) {
                errors.add("A custom range needs a start and an end date (yyyy-mm-dd), the start first, at most 400 days apart; showing the last 7 days.");
                range = "7d";
                start = end.minus(RANGES.get(range));
            }
        } else {
            if (!RANGES.containsKey(range)) {
                errors.add("Unknown range '" + range + "'; showing the last 7 days.");
                range = "7d";
            }
            start = end.minus(RANGES.get(range));
        }
        String type = params.apply("type").map(String::toUpperCase).orElse("");
        if (!type.isEmpty() && !TYPES.contains(type)) {
            errors.add("Unknown message type '" + type + "'; showing all.");
            type = "";
        }
        String origin = params.apply("origin").orElse("");
        Set<Origin> origins = switch (origin) {
            case "live" -> ReportFilter.LIVE;
            case "test" -> ReportFilter.TESTS;
            case "" -> Set.of();
            default -> {
                errors.add("Unknown origin '" + origin + "'; showing all.");
                origin = "";
                yield Set.of();
            }
        };
        String callingCode = params.apply("cc").filter(cc -> cc.matches("\\d{1,4}")).orElse("");
        ReportFilter filter = new ReportFilter(start, end, type.isEmpty() ? Optional.empty() : Optional.of(type),
                origins, callingCode.isEmpty() ? Optional.empty() : Optional.of(callingCode));
        return new ReportForm(range, from, to, type, origin, callingCode, zone, filter, errors);
    }

    /** The preset ranges the form offers, in the order it offers them. */
    public Set<String> ranges() {
        return RANGES.keySet();
    }

    /** The same filters as a query string, for CSV links and paging. */
    public String query() {
        StringBuilder q = new StringBuilder("range=").append(range);
        if (range.equals("custom")) {
            q.append("&from=").append(from).append("&to=").append(to);
        }
        append(q, "type", type);
        append(q, "origin", origin);
        append(q, "cc", callingCode);
        append(q, "tz", zone.getId());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
