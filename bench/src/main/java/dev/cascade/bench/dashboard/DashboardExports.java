package dev.cascade.bench.dashboard;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The overview's numbers read back from its CSV exports ({@code /export/<chart>.csv}): exactly the tables
 * its charts are drawn from, so what they hold is what the user sees.
 */
public final class DashboardExports {

    /** The exports read, by chart id. */
    public static final List<String> CHARTS = List.of("outcome-split", "outcomes-over-time", "rcs-failures", "time-to-delivery");

    private DashboardExports() {
    }

    /** @param csv the four exports' bodies, by chart id */
    public static OverviewNumbers parse(Map<String, String> csv) {
        Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
        for (List<String> row : rows(csv.get("outcome-split"))) {
            totals.put(outcome(row.get(0)), Long.parseLong(row.get(1)));
        }
        List<List<String>> overTime = rows(csv.get("outcomes-over-time"));
        List<String> header = header(csv.get("outcomes-over-time"));
        if (!header.get(0).equals("Day")) {
            throw new IllegalArgumentException("the 90-day chart should be by day, not " + header.get(0));
        }
        SortedMap<LocalDate, Map<Outcome, Long>> perDay = new TreeMap<>();
        for (List<String> row : overTime) {
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            for (int i = 1; i < header.size(); i++) {
                counts.put(outcome(header.get(i)), Long.parseLong(row.get(i)));
            }
            perDay.put(LocalDate.parse(row.get(0)), counts);
        }
        SortedMap<Integer, Long> failures = new TreeMap<>();
        for (List<String> row : rows(csv.get("rcs-failures"))) {
            failures.put(Integer.parseInt(row.get(0).substring(0, row.get(0).indexOf(' '))), Long.parseLong(row.get(1)));
        }
        Map<DeliveryPath, OverviewNumbers.Times> times = new EnumMap<>(DeliveryPath.class);
        for (List<String> row : rows(csv.get("time-to-delivery"))) {
            DeliveryPath path = switch (row.get(0)) {
                case "RCS" -> DeliveryPath.RCS;
                case "SMS fallback" -> DeliveryPath.SMS_FALLBACK;
                default -> throw new IllegalArgumentException("unknown path " + row.get(0));
            };
            times.put(path, new OverviewNumbers.Times(Long.parseLong(row.get(3)), tenths(row.get(1)), tenths(row.get(2))));
        }
        return new OverviewNumbers(totals, perDay, failures, times);
    }

    private static long tenths(String seconds) {
        return seconds.isEmpty() ? -1 : Math.round(Double.parseDouble(seconds) * 10);
    }

    private static Outcome outcome(String label) {
        return Arrays.stream(Outcome.values()).filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome labelled '" + label + "'"));
    }

    private static List<String> header(String csv) {
        return cells(csv.split("\r\n", -1)[0]);
    }

    private static List<List<String>> rows(String csv) {
        if (csv == null) {
            throw new IllegalArgumentException("an export is missing");
        }
        List<List<String>> rows = new ArrayList<>();
        String[] lines = csv.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                rows.add(cells(lines[i]));
            }
        }
        return rows;
    }

    /** One RFC 4180 line (the exports have no line breaks within cells). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
