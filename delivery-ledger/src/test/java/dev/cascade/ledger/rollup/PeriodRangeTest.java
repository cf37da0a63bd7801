package dev.cascade.ledger.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A range of hours read as few rows as possible: whole UTC days as days, the ends as hours. */
class PeriodRangeTest {

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void ninetyDaysEndingInTheHourInProgressAreDaysAndTheHoursAtBothEnds() {
        List<PeriodRange> ranges = PeriodRange.covering(at("2031-03-10T14:00:00Z"), at("2031-06-08T15:00:00Z"));

        assertThat(ranges).containsExactly(
                new PeriodRange(Period.HOUR, at("2031-03-10T14:00:00Z"), at("2031-03-11T00:00:00Z")),
                new PeriodRange(Period.DAY, at("2031-03-11T00:00:00Z"), at("2031-06-08T00:00:00Z")),
                new PeriodRange(Period.HOUR, at("2031-06-08T00:00:00Z"), at("2031-06-08T15:00:00Z")));
    }

    @Test
    void wholeDaysNeedNoHours() {
        assertThat(PeriodRange.covering(at("2031-03-10T00:00:00Z"), at("2031-03-13T00:00:00Z")))
                .containsExactly(new PeriodRange(Period.DAY, at("2031-03-10T00:00:00Z"), at("2031-03-13T00:00:00Z")));
    }

    @Test
    void lessThanAWholeDayIsHours() {
        assertThat(PeriodRange.covering(at("2031-03-10T05:00:00Z"), at("2031-03-11T04:00:00Z")))
                .containsExactly(new PeriodRange(Period.HOUR, at("2031-03-10T05:00:00Z"), at("2031-03-11T04:00:00Z")));
    }

    @Property
    void everyHourIsCoveredOnce(@ForAll @IntRange(min = 0, max = 200) int startHour, @ForAll @IntRange(min = 1, max = 200) int hours) {
        Instant first = at("2031-03-10T00:00:00Z").plus(startHour, ChronoUnit.HOURS);
        Instant end = first.plus(hours, ChronoUnit.HOURS);
        List<PeriodRange> ranges = PeriodRange.covering(first, end);

        for (Instant hour = first; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Instant h = hour;
            assertThat(ranges.stream().filter(r -> !h.isBefore(r.from()) && h.isBefore(r.to()))).as("%s", h).hasSize(1);
        }
        assertThat(ranges.get(0).from()).isEqualTo(first);
        assertThat(ranges.get(ranges.size() - 1).to()).isEqualTo(end);
        assertThat(ranges.stream().filter(r -> r.period() == Period.HOUR).mapToLong(r -> ChronoUnit.HOURS.between(r.from(), r.to())).sum())
                .as("hours read").isLessThan(48);
    }
}
