package dev.cascade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats analyst = new Formats(ZoneId.of("Europe/Berlin"), false);
    private final Formats admin = new Formats(ZoneId.of("UTC"), true);

    @Test
    void analystsSeeOnlyTheLastFourDigits() {
        assertThat(analyst.phone("15558675309")).isEqualTo("…5309");
        assertThat(analyst.phone(Optional.empty())).isEqualTo("—");
        assertThat(admin.phone("15558675309")).isEqualTo("+15558675309");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(analyst.duration(Duration.ofMillis(4_230))).isEqualTo("4.2 s");
        assertThat(analyst.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(analyst.duration(Duration.ofSeconds(605))).isEqualTo("10 min 5 s");
        assertThat(analyst.duration(Duration.ofSeconds(600))).isEqualTo("10 min");
        assertThat(analyst.duration(Duration.ofHours(3))).isEqualTo("3.0 h");
        assertThat(analyst.duration(Optional.empty())).isEqualTo("—");
    }

    @Test
    void timesAreShownInTheViewersZone() {
        assertThat(analyst.time(Instant.parse("2026-11-27T10:00:00Z"))).isEqualTo("2026-11-27 11:00:00");
        assertThat(admin.time(Instant.parse("2026-11-27T10:00:00Z"))).isEqualTo("2026-11-27 10:00:00");
    }

    @Test
    void countsAndRates() {
        assertThat(analyst.count(1234567)).isEqualTo("1,234,567");
        assertThat(analyst.percent(0.7)).isEqualTo("70.0 %");
    }
}
