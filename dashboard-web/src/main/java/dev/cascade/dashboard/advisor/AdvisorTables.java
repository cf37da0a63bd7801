package dev.cascade.dashboard.advisor;

import dev.cascade.dashboard.overview.ChartTable;
import dev.cascade.ledger.reporting.DeliveryTimes;
import dev.cascade.ledger.reporting.FallbackAdvice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The advisor's chart (RCS time to delivery) and its suggestions, as tables. */
public final class AdvisorTables {

    private AdvisorTables() {
    }

    public static List<ChartTable> of(FallbackAdvice advice) {
        return List.of(distribution(advice.rcs()), suggestions(advice));
    }

    static ChartTable distribution(DeliveryTimes rcs) {
        List<List<Object>> rows = new ArrayList<>();
        long cumulative = 0;
        Duration previous = Duration.ZERO;
        for (DeliveryTimes.Bucket bucket : rcs.histogram()) {
            cumulative += bucket.messages();
            String label = bucket.upTo().map(up -> seconds(up) + " s").orElse("> " + seconds(previous) + " s");
            rows.add(List.of(label, bucket.messages(),
                    rcs.messages() == 0 ? 0.0 : Math.round(cumulative * 1000.0 / rcs.messages()) / 10.0));
            previous = bucket.upTo().orElse(previous);
        }
        return new ChartTable("advisor-rcs-time-to-delivery", "RCS time to delivery", "histogram", "messages",
                List.of("Delivered within", "Messages", "Cumulative (%)"), rows);
    }

    static ChartTable suggestions(FallbackAdvice advice) {
        List<List<Object>> rows = new ArrayList<>();
        for (FallbackAdvice.Suggestion s : advice.suggestions()) {
            rows.add(List.of(s.percent() + " %", seconds(s.fallbackTime()), s.rcsMissed(),
                    s.waitSavedPerSms().map(AdvisorTables::seconds).map(Object.class::cast).orElse("")));
        }
        return new ChartTable("advisor-suggestions", "fallback_time suggestions", "table", "seconds",
                List.of("RCS deliveries caught", "fallback_time (s)", "RCS deliveries that would fall back", "Wait saved per SMS recipient (s)"),
                rows);
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }
}
