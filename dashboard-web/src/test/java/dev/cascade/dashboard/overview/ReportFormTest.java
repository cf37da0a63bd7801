package dev.cascade.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.application.Origin;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:17:00Z");

    private static ReportForm parse(Map<String, String> params, String zone) {
        return ReportForm.parse(name -> Optional.ofNullable(params.get(name)), ZoneId.of(zone), NOW);
    }

    @Test
    void defaultIsTheLastSevenDaysEndingWithTheCurrentHour() {
        ReportForm form = parse(Map.of(), "UTC");

        assertThat(form.filter().to()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(form.filter().from()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void aCustomRangeIsWholeDaysInTheViewersZone() {
        ReportForm form = parse(Map.of("range", "custom", "from", "2026-11-01", "to", "2026-11-02"), "Europe/Berlin");

        assertThat(form.filter().from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(form.filter().to()).isEqualTo(Instant.parse("2026-11-02T23:00:00Z"));
    }

    @Test
    void nonsenseBecomesAMessageAndTheDefault() {
        ReportForm form = parse(Map.of("range", "custom", "from", "yesterday", "type", "SPAM", "origin", "mars"), "UTC");

        assertThat(form.range()).isEqualTo("7d");
        assertThat(form.errors()).hasSize(3);
        assertThat(form.filter().messageType()).isEmpty();
        assertThat(form.filter().origins()).isEmpty();
    }

    @Test
    void filtersReachTheReportFilter() {
        ReportForm form = parse(Map.of("range", "24h", "type", "mkt", "origin", "test", "cc", "44"), "UTC");

        assertThat(form.filter().messageType()).contains("MKT");
        assertThat(form.filter().origins()).containsExactly(Origin.TEST);
        assertThat(form.filter().callingCode()).contains("44");
        assertThat(form.query()).isEqualTo("range=24h&type=MKT&origin=test&cc=44&tz=UTC");
    }

    @Test
    void aBackwardsOrEndlessCustomRangeIsRefused() {
        assertThat(parse(Map.of("range", "custom", "from", "2026-11-05", "to", "2026-11-01"), "UTC").errors()).hasSize(1);
        assertThat(parse(Map.of("range", "custom", "from", "2020-01-01", "to", "2026-11-01"), "UTC").errors()).hasSize(1);
    }
}
