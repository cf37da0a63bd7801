package dev.cascade.dashboard.overview;

import dev.cascade.dashboard.advisor.AdvisorTables;
import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.NotFoundException;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.reporting.ReportingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /export/<chart>.csv}: exactly the table a chart shows, for the same filters, as CSV — the
 * overview's five charts and the advisor's.
 */
@ApplicationScoped
public class ExportPage implements Page {

    @Inject
    ReportingQueries reporting;

    @Inject
    Clock clock;

    @Override
    public void handle(Exchange exchange) throws IOException {
        String file = exchange.pathVariable("file");
        if (!file.endsWith(".csv")) {
            throw new NotFoundException("Exports are CSV files: /export/<chart>.csv");
        }
        String id = file.substring(0, file.length() - ".csv".length());
        ReportForm form = ReportForm.of(exchange, clock);
        List<ChartTable> tables = new ArrayList<>();
        if (id.startsWith("advisor-")) {
            tables.addAll(AdvisorTables.of(reporting.fallbackAdvice(form.filter())));
        } else {
            tables.addAll(OverviewCharts.of(reporting.overview(form.filter(), form.zone())));
        }
        ChartTable table = tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No chart called " + id + "."));
        exchange.csv(id + ".csv", table.columns(), table.rows());
    }
}
