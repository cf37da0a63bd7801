package dev.cascade.sending.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticDeliveriesTest {

    private static final Instant SENT = Instant.parse("2026-11-01T10:00:00Z");
    private static final ReferenceId REF = ReferenceId.of("35C8B5D509BC10689196FED2AD551B8A");

    private static String codes(DeliveryReport report) {
        return report.channels().stream().map(c -> c.channel() + ":" + c.code()).toList().toString();
    }

    @Test
    void anIosNumberFallsBackToSmsAtTheFallbackTime() {
        List<DeliveryReport> reports = new SyntheticDeliveries(new SplittableRandom(1)).reports(REF, "15558675360", 600, SENT);

        assertThat(reports).extracting(SyntheticDeliveriesTest::codes)
                .containsExactly("[rcs:3001]", "[rcs:3056, sms:3001]", "[rcs:3056, sms:3000]");
        ChannelStatus rcsFailed = reports.get(1).channel(Channel.RCS).orElseThrow();
        assertThat(rcsFailed.updatedOn().flatMap(TelesignTimestamp::instant)).contains(SENT.plusSeconds(600));
    }

    @Test
    void anUnreachableNumberEndsWithAnSmsFailure() {
        List<DeliveryReport> reports = new SyntheticDeliveries(new SplittableRandom(1)).reports(REF, "15558675397", 300, SENT);

        assertThat(codes(reports.get(reports.size() - 1))).isEqualTo("[rcs:3056, sms:3033]");
    }

    @Test
    void anAndroidNumberIsMostlyDeliveredAsRcsAndSometimesRead() {
        int rcs = 0;
        int read = 0;
        for (int seed = 0; seed < 200; seed++) {
            List<DeliveryReport> reports = new SyntheticDeliveries(new SplittableRandom(seed)).reports(REF, "15558675310", 600, SENT);
            String last = codes(reports.get(reports.size() - 1));
            rcs += last.equals("[rcs:3000]") || last.equals("[rcs:3005]") ? 1 : 0;
            read += last.equals("[rcs:3005]") ? 1 : 0;
        }

        assertThat(rcs).isBetween(150, 199);
        assertThat(read).isBetween(40, 110);
    }

    @Test
    void reportsAreInTimeOrder() {
        for (int seed = 0; seed < 100; seed++) {
            List<DeliveryReport> reports = new SyntheticDeliveries(new SplittableRandom(seed)).reports(REF, "4477009001" + (seed % 10) + "0", 300, SENT);
            List<Instant> times = reports.stream()
                    .map(r -> r.status().orElseThrow().updatedOn().flatMap(TelesignTimestamp::instant).orElseThrow()).toList();

            assertThat(times).isSorted();
        }
    }
}
