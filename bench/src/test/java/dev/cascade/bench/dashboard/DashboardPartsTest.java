package dev.cascade.bench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.reporting.DeliveryPath;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardPartsTest {

    private static final String SPLIT = "Outcome,Messages,Share (%)\r\nDelivered as RCS,5,50.0\r\nDelivered by SMS fallback,3,30.0\r\n"
            + "Delivered otherwise,0,0.0\r\nLikely delivered,0,0.0\r\nFailed,2,20.0\r\nPending,0,0.0\r\n";
    private static final String OVER_TIME = "Day,Delivered as RCS,Delivered by SMS fallback,Delivered otherwise,Likely delivered,Failed,Pending\r\n"
            + "2026-11-26,5,3,0,0,2,0\r\n2026-11-27,0,0,0,0,0,0\r\n";
    private static final String FAILURES = "RCS status,Messages\r\n3056 Message failed to deliver in specified fallback time,2\r\n";
    private static final String TIMES = "Path,Median (s),90th percentile (s),Messages\r\nRCS,1.3,4.5,5\r\nSMS fallback,612.0,640.5,3\r\n";

    @Test
    void theExportsReadBackAsTheOverviewsNumbers() {
        OverviewNumbers numbers = DashboardExports.parse(Map.of("outcome-split", SPLIT, "outcomes-over-time", OVER_TIME,
                "rcs-failures", FAILURES, "time-to-delivery", TIMES));
        assertThat(numbers.sent()).isEqualTo(10);
        assertThat(numbers.totals()).containsEntry(Outcome.FAILED, 2L);
        assertThat(numbers.perDay()).containsOnlyKeys(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27"));
        assertThat(numbers.perDay().get(LocalDate.parse("2026-11-26"))).containsEntry(Outcome.DELIVERED_SMS_FALLBACK, 3L);
        assertThat(numbers.failures()).containsExactly(Map.entry(3056, 2L));
        assertThat(numbers.times().get(DeliveryPath.RCS)).isEqualTo(new OverviewNumbers.Times(5, 13, 45));
        assertThat(numbers.times().get(DeliveryPath.SMS_FALLBACK)).isEqualTo(new OverviewNumbers.Times(3, 6120, 6405));
        assertThat(numbers.differenceFrom(numbers)).isEmpty();
    }

    @Test
    void aDifferenceIsNamed() {
        OverviewNumbers shown = DashboardExports.parse(Map.of("outcome-split", SPLIT, "outcomes-over-time", OVER_TIME,
                "rcs-failures", FAILURES, "time-to-delivery", TIMES));
        OverviewNumbers other = DashboardExports.parse(Map.of("outcome-split", SPLIT, "outcomes-over-time", OVER_TIME,
                "rcs-failures", "RCS status,Messages\r\n3056 x,1\r\n", "time-to-delivery", TIMES));
        assertThat(shown.differenceFrom(other)).startsWith("RCS failures");
    }

    @Test
    void anHourlyChartOrAMissingExportIsRefused() {
        assertThatThrownBy(() -> DashboardExports.parse(Map.of("outcome-split", SPLIT, "outcomes-over-time", OVER_TIME.replace("Day,", "Hour,"),
                "rcs-failures", FAILURES, "time-to-delivery", TIMES))).hasMessageContaining("by day");
        assertThatThrownBy(() -> DashboardExports.parse(Map.of("outcome-split", SPLIT))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvCellsFollowRfc4180() {
        assertThat(DashboardExports.cells("a,\"b, \"\"c\"\"\",")).containsExactly("a", "b, \"c\"", "");
    }

    @Test
    void copyRowsEscapeWhatTheTextFormatReserves() throws Exception {
        StringWriter out = new StringWriter();
        DatasetLoader.row(out, 1L, "tab\there\\", null, Instant.parse("2026-11-27T10:00:00.123Z"), new byte[] {1, (byte) 0xAB}, false);
        assertThat(out.toString()).isEqualTo("1\ttab\\there\\\\\t\\N\t2026-11-27T10:00:00.123Z\t\\\\x01ab\tfalse\n");
    }

    @Test
    void usersAreWrittenAsAddUserWritesThem(@TempDir Path configuration) throws Exception {
        DashboardUsers.write(configuration, "bench-analyst", "secret");
        // printf '%s' 'bench-analyst:ApplicationRealm:secret' | md5sum
        assertThat(DashboardUsers.hash("bench-analyst", "ApplicationRealm", "secret")).isEqualTo("fd69d29808f8377b3ac4143752dafc76");
        assertThat(Files.readString(configuration.resolve("application-users.properties")))
                .contains("#$REALM_NAME=ApplicationRealm$").contains("bench-analyst=" + DashboardUsers.hash("bench-analyst", "ApplicationRealm", "secret"));
        assertThat(Files.readString(configuration.resolve("application-roles.properties"))).contains("bench-analyst=analyst");
        assertThatThrownBy(() -> DashboardUsers.write(configuration, "bad user", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOverviewRangeIsNinetyDaysEndingWithTheCurrentHour() {
        DashboardBench.RangeNow range = DashboardBench.RangeNow.of(Instant.parse("2026-11-27T15:42:10Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
        assertThat(Duration.between(range.from(), range.to())).isEqualTo(Duration.ofDays(90));
        assertThat(range.query(Optional.of("MKT"), Optional.empty()).messageType()).contains("MKT");
    }

    @Test
    void mediansAndTenths() {
        assertThat(DashboardBench.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(DashboardBench.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(RawBaseline.tenths(Optional.of(Duration.ofMillis(1249)))).isEqualTo(12);
        assertThat(RawBaseline.tenths(Optional.empty())).isEqualTo(-1);
        assertThat(DashboardClient.serverMillis(Optional.of("app;dur=12.5"))).isEqualTo(12.5);
        assertThat(DashboardClient.serverMillis(Optional.empty())).isEqualTo(-1);
    }

    @Test
    void theProfileSummaryCountsTopFramesAndCascadeFrames() {
        String print = """
                jdk.ExecutionSample {
                  startTime = 10:00:00.000
                  sampledThread = "default task-1" (javaThreadId = 1)
                  state = "STATE_RUNNABLE"
                  stackTrace = [
                    java.util.HashMap.get(Object) line: 10
                    dev.cascade.ledger.infrastructure.JpaReportingQueries.overview(ReportFilter, ZoneId) line: 70
                    dev.cascade.dashboard.web.FrontController.service(HttpServletRequest, HttpServletResponse) line: 60
                  ]
                }
                jdk.ExecutionSample {
                  stackTrace = [
                    dev.cascade.ledger.infrastructure.JpaReportingQueries.overview(ReportFilter, ZoneId) line: 71
                  ]
                }
                """;
        String summary = Profile.summary(print);
        assertThat(summary).contains("samples of the server while the dashboard pages were timed: 2")
                .contains("1   50.0 %  java.util.HashMap.get(Object)")
                .contains("2  100.0 %  dev.cascade.ledger.infrastructure.JpaReportingQueries.overview(ReportFilter, ZoneId)");
    }
}
