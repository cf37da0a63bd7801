package dev.cascade.dashboard.overview;

import java.util.List;

/**
 * One chart's data as a table: the chart, its table view and its CSV are all drawn from this one
 * object, so the three can never disagree.
 *
 * @param id      the chart's element id and CSV name ({@code outcomes-over-time})
 * @param kind    how the browser draws it: {@code stacked-bar}, {@code line}, {@code doughnut}, {@code bar}
 * @param columns the header; the first column labels the rows
 * @param rows    the values; numbers stay numbers
 */
public record ChartTable(String id, String title, String kind, String unit, List<String> columns, List<List<Object>> rows) {

    public ChartTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
