package dev.cascade.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.application.Origin;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report's messages: the hours overlapping the range, and the filters. */
class ReportFilterTest {

    @Test
    void theRangeCoversEveryHourItOverlaps() {
        ReportFilter filter = ReportFilter.between(Instant.parse("2031-03-10T10:20:00Z"), Instant.parse("2031-03-11T10:20:00Z"));

        assertThat(filter.firstHour()).isEqualTo(Instant.parse("2031-03-10T10:00:00Z"));
        assertThat(filter.endHour()).isEqualTo(Instant.parse("2031-03-11T11:00:00Z"));
    }

    @Test
    void aRangeOnWholeHoursIsKept() {
        ReportFilter filter = ReportFilter.between(Instant.parse("2031-03-10T10:00:00Z"), Instant.parse("2031-03-11T10:00:00Z"));

        assertThat(filter.firstHour()).isEqualTo(filter.from());
        assertThat(filter.endHour()).isEqualTo(filter.to());
    }

    @Test
    void liveTrafficIsCascadesSendsAndWhatOnlyCallbacksTold() {
        ReportFilter live = new ReportFilter(Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), Optional.empty(), ReportFilter.LIVE,
                Optional.empty());

        assertThat(live.counts(Origin.CASCADE)).isTrue();
        assertThat(live.counts(Origin.CALLBACK)).isTrue();
        assertThat(live.counts(Origin.TEST)).isFalse();
    }

    @Test
    void oneOriginOrAll() {
        ReportFilter tests = new ReportFilter(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), Optional.empty(), Optional.of(Origin.TEST),
                Optional.empty());
        ReportFilter all = new ReportFilter(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), Optional.empty(), Optional.<Origin>empty(),
                Optional.empty());

        assertThat(tests.origins()).isEqualTo(Set.of(Origin.TEST));
        assertThat(all.origins()).isEmpty();
        assertThat(all.counts(Origin.TEST)).isTrue();
    }

    @Test
    void blankFiltersFilterNothing() {
        ReportFilter filter = new ReportFilter(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), Optional.of(" "), Set.of(), Optional.of(""));

        assertThat(filter.messageType()).isEmpty();
        assertThat(filter.callingCode()).isEmpty();
    }

    @Test
    void theRangeMustEndAfterItStarts() {
        assertThatThrownBy(() -> ReportFilter.between(Instant.EPOCH, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
