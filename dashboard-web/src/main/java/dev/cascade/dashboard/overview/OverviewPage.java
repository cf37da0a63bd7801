package dev.cascade.dashboard.overview;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.OutcomeCounts;
import dev.cascade.ledger.reporting.Overview;
import dev.cascade.ledger.reporting.ReportingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@code /}: how RCS compares with the SMS fallback, for the selected range and filters. */
@ApplicationScoped
public class OverviewPage implements Page {

    static final String SENT_DEFINITION = "Messages sent in the range (by send time), whatever became of them.";
    static final String DELIVERED_DEFINITION = "Confirmed delivered on any channel: delivered as RCS, by SMS fallback, or otherwise. Likely-delivered (3004) is not counted.";

    @Inject
    ReportingQueries reporting;

    @Inject
    Clock clock;

    @Override
    public void handle(Exchange exchange) throws IOException {
        ReportForm form = ReportForm.of(exchange, clock);
        Overview overview = reporting.overview(form.filter(), form.zone());
        List<ChartTable> charts = OverviewCharts.of(overview);
        exchange.render("overview", Map.of(
                "form", form,
                "tiles", tiles(overview.totals()),
                "overview", overview,
                "charts", charts,
                "chartJson", ChartJson.of(charts),
                "callingCodes", reporting.callingCodes()));
    }

    static List<Tile> tiles(OutcomeCounts totals) {
        return List.of(
                new Tile("sent", "Sent", totals.sent(), 1, SENT_DEFINITION),
                new Tile("delivered", "Delivered overall", totals.delivered(), totals.rate(totals.delivered()), DELIVERED_DEFINITION),
                tile("delivered-rcs", totals, Outcome.DELIVERED_RCS),
                tile("delivered-sms-fallback", totals, Outcome.DELIVERED_SMS_FALLBACK),
                tile("failed", totals, Outcome.FAILED),
                tile("pending", totals, Outcome.PENDING));
    }

    private static Tile tile(String id, OutcomeCounts totals, Outcome outcome) {
        return new Tile(id, outcome.label(), totals.count(outcome), totals.rate(totals.count(outcome)), outcome.definition());
    }
}
