package dev.cascade.dashboard.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines as RFC 4180 writes them (quotes doubled, fields with commas, quotes or line breaks
 * quoted), with cells a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * and a leading tab or carriage return, which some spreadsheets skip before looking for one; numbers
 * aside) defused by a leading apostrophe: exported external ids and descriptions come from outside.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?");
        String cell = formula ? "'" + text : text;
        return formula || cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
