package dev.cascade.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The chart's axis: the viewer's hours or days, continuous, each UTC hour in the bucket its start falls in. */
class SeriesAxisTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void hoursInUtcAreTheAggregatesHours() {
        SeriesAxis axis = SeriesAxis.of(ReportFilter.between(Instant.parse("2031-03-10T10:00:00Z"), Instant.parse("2031-03-11T10:00:00Z")),
                ZoneOffset.UTC);

        assertThat(axis.granularity()).isEqualTo(Granularity.HOUR);
        assertThat(axis.starts()).hasSize(24).startsWith(Instant.parse("2031-03-10T10:00:00Z"))
                .endsWith(Instant.parse("2031-03-11T09:00:00Z"));
    }

    @Test
    void theHourInProgressIsOnTheAxis() {
        SeriesAxis axis = SeriesAxis.of(ReportFilter.between(Instant.parse("2031-03-10T10:20:00Z"), Instant.parse("2031-03-11T10:20:00Z")),
                ZoneOffset.UTC);

        assertThat(axis.starts()).hasSize(25).endsWith(Instant.parse("2031-03-11T10:00:00Z"));
    }

    @Test
    void moreThanTwoDaysAreDaysOfTheViewersZone() {
        // Lisbon is UTC+1 in summer: its 12 August starts at 11 August 23:00 UTC.
        SeriesAxis axis = SeriesAxis.of(ReportFilter.between(Instant.parse("2031-08-11T23:00:00Z"), Instant.parse("2031-08-18T23:00:00Z")),
                LISBON);

        assertThat(axis.granularity()).isEqualTo(Granularity.DAY);
        assertThat(axis.starts()).hasSize(7).startsWith(Instant.parse("2031-08-11T23:00:00Z"));
        assertThat(axis.bucketOf(Instant.parse("2031-08-12T22:00:00Z"))).isEqualTo(Instant.parse("2031-08-11T23:00:00Z"));
        assertThat(axis.bucketOf(Instant.parse("2031-08-12T23:00:00Z"))).isEqualTo(Instant.parse("2031-08-12T23:00:00Z"));
    }

    @Test
    void theDayClocksGoForwardHas23HoursAndTheNextStartsAtLocalMidnight() {
        // Lisbon, 30 March 2031: 01:00 UTC+0 becomes 02:00 UTC+1.
        SeriesAxis axis = SeriesAxis.of(Instant.parse("2031-03-29T00:00:00Z"), Instant.parse("2031-04-01T00:00:00Z"), LISBON,
                Granularity.DAY);

        assertThat(axis.starts()).containsExactly(Instant.parse("2031-03-29T00:00:00Z"), Instant.parse("2031-03-30T00:00:00Z"),
                Instant.parse("2031-03-30T23:00:00Z"), Instant.parse("2031-03-31T23:00:00Z"));
        assertThat(ChronoUnit.HOURS.between(axis.starts().get(1), axis.starts().get(2))).isEqualTo(23);
    }

    @Test
    void theHourClocksGoBackAppearsTwiceAsTwoBuckets() {
        // New York, 2 November 2031: 01:00-02:00 happens twice (EDT, then EST).
        SeriesAxis axis = SeriesAxis.of(Instant.parse("2031-11-02T04:00:00Z"), Instant.parse("2031-11-03T05:00:00Z"), NEW_YORK,
                Granularity.HOUR);

        assertThat(axis.starts()).hasSize(25).doesNotHaveDuplicates()
                .contains(Instant.parse("2031-11-02T05:00:00Z"), Instant.parse("2031-11-02T06:00:00Z"));
        SeriesAxis days = SeriesAxis.of(Instant.parse("2031-11-02T04:00:00Z"), Instant.parse("2031-11-03T05:00:00Z"), NEW_YORK,
                Granularity.DAY);
        assertThat(days.starts()).as("the 25 hours are one day").containsExactly(Instant.parse("2031-11-02T04:00:00Z"));
    }

    @Test
    void aHalfHourZoneShiftsItsHoursByHalfAnHour() {
        SeriesAxis axis = SeriesAxis.of(Instant.parse("2031-03-10T10:00:00Z"), Instant.parse("2031-03-10T13:00:00Z"), KOLKATA,
                Granularity.HOUR);

        // 10:00 UTC is 15:30 in Kolkata: counted in the 15:00 bucket, which starts at 09:30 UTC.
        assertThat(axis.starts()).containsExactly(Instant.parse("2031-03-10T09:30:00Z"), Instant.parse("2031-03-10T10:30:00Z"),
                Instant.parse("2031-03-10T11:30:00Z"));
    }

    @Test
    void aHalfHourZonesDayHoldsTheUtcHoursStartingInIt() {
        SeriesAxis axis = SeriesAxis.of(Instant.parse("2031-03-10T18:00:00Z"), Instant.parse("2031-03-12T19:00:00Z"), KOLKATA,
                Granularity.DAY);

        // 18:00 UTC is 23:30 on the 10th; 19:00 UTC is 00:30 on the 11th.
        assertThat(axis.bucketOf(Instant.parse("2031-03-10T18:00:00Z"))).isEqualTo(Instant.parse("2031-03-09T18:30:00Z"));
        assertThat(axis.bucketOf(Instant.parse("2031-03-10T19:00:00Z"))).isEqualTo(Instant.parse("2031-03-10T18:30:00Z"));
        assertThat(axis.starts()).containsExactly(Instant.parse("2031-03-09T18:30:00Z"), Instant.parse("2031-03-10T18:30:00Z"),
                Instant.parse("2031-03-11T18:30:00Z"));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Lisbon", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe",
                "America/St_Johns", "Pacific/Chatham").map(ZoneId::of);
    }

    @Property
    void everyHourOfTheRangeLandsOnTheAxisInOrder(@ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 0, max = 3000) int startHour,
                                                   @ForAll @IntRange(min = 1, max = 24 * 20) int hours,
                                                   @ForAll Granularity granularity) {
        Instant first = Instant.parse("2031-01-01T00:00:00Z").plus(startHour, ChronoUnit.HOURS);
        SeriesAxis axis = SeriesAxis.of(first, first.plus(hours, ChronoUnit.HOURS), zone, granularity);

        assertThat(axis.starts()).isSorted().doesNotHaveDuplicates();
        for (int h = 0; h < hours; h++) {
            Instant hour = first.plus(h, ChronoUnit.HOURS);
            assertThat(axis.starts()).contains(axis.bucketOf(hour));
            assertThat(axis.bucketOf(hour)).isBeforeOrEqualTo(hour);
        }
    }
}
