package dev.cascade.dashboard.advisor;

import dev.cascade.dashboard.overview.ChartJson;
import dev.cascade.dashboard.overview.ChartTable;
import dev.cascade.dashboard.overview.ReportForm;
import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.reporting.FallbackAdvice;
import dev.cascade.ledger.reporting.ReportingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code /advisor}: how long RCS deliveries take, which {@code fallback_time} would have caught 90,
 * 95 and 99 % of them, and how long the current setting keeps SMS-only recipients waiting.
 */
@ApplicationScoped
public class AdvisorPage implements Page {

    @Inject
    ReportingQueries reporting;

    @Inject
    Clock clock;

    @Override
    public void handle(Exchange exchange) throws IOException {
        ReportForm form = ReportForm.of(exchange, clock);
        FallbackAdvice advice = reporting.fallbackAdvice(form.filter());
        List<ChartTable> tables = AdvisorTables.of(advice);
        exchange.render("advisor", Map.of("form", form, "advice", advice, "charts", tables,
                "chartJson", ChartJson.of(tables),
                "callingCodes", reporting.callingCodes()));
    }
}
