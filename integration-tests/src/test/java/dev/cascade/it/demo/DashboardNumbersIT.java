package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.Reports;
import dev.cascade.it.support.SharedDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's numbers are the ledger's, exactly: 100 messages with known fates — 70 delivered as
 * RCS, 20 by SMS fallback, 5 failed, 5 pending — reach the demo as signed callbacks on a day no other
 * traffic touches, and the tiles, the chart data the page hands to Chart.js and every CSV say exactly
 * that, for each filter and in another time zone. Two test sends (to +44 and +49) check the filters
 * the callbacks cannot carry: origin, country calling code and message type.
 */
@ExtendWith(SharedDemo.class)
@Order(3)
class DashboardNumbersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TILE = Pattern.compile("id=\"tile-([a-z-]+)\".*?<p class=\"count\">([\\d,]+)</p>\\s*"
            + "<p class=\"rate\">([^<]*)</p>", Pattern.DOTALL);
    private static final Pattern CHART_DATA = Pattern.compile("<script type=\"application/json\" id=\"chart-data\">(.*?)</script>",
            Pattern.DOTALL);

    /** The UTC day the seeded messages were sent on: one nobody else's messages are on. */
    private static LocalDate day;

    @BeforeAll
    static void seedOneHundredMessagesOnAnEmptyDay() {
        day = LocalDate.now(ZoneOffset.UTC).minusDays(200);
        // Reruns on the same checkout keep the demo's database: move on to a day (and its neighbours) still empty.
        while (messagesSentBetween(day.minusDays(1), day.plusDays(2)) > 0) {
            day = day.minusDays(3);
        }
        URI callbackUrl = URI.create(base() + "/callbacks/telesign");
        for (int i = 0; i < 100; i++) {
            String reference = Reports.newReference();
            // 10:00 to 11:39 UTC, one a minute: messages 0-59 in the 10:00 hour, 60-99 in the 11:00 hour.
            Instant sent = day.atTime(10, 0).toInstant(ZoneOffset.UTC).plusSeconds(60L * i);
            List<byte[]> callbacks = new ArrayList<>();
            callbacks.add(Reports.forMessage(reference).status(3001, "rcs", sent).channel("rcs", 3001, sent).bytes());
            if (i < 70) {
                Instant delivered = sent.plusSeconds(4);
                callbacks.add(Reports.forMessage(reference).status(3000, "rcs", delivered).channel("rcs", 3000, delivered).bytes());
            } else if (i < 95) {
                Instant fallback = sent.plusSeconds(600);
                Instant sms = i < 90 ? sent.plusSeconds(605) : sent.plusSeconds(900);
                int smsCode = i < 90 ? 3000 : 3033;
                callbacks.add(Reports.forMessage(reference).status(smsCode, "sms", sms)
                        .channel("rcs", 3056, fallback).channel("sms", smsCode, sms).bytes());
            }
            for (byte[] callback : callbacks) {
                HttpResponse<String> answer = CallbackClient.postSigned(callbackUrl, SharedDemo.secrets().account(), callback);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void tilesChartsAndCsvSayExactlyWhatWasSeeded() {
        DashboardSession analyst = as("analyst");
        String query = "range=custom&from=" + day + "&to=" + day;

        String page = analyst.get("/?" + query).body();

        assertThat(tiles(page)).containsExactly(
                Map.entry("sent", "100"), Map.entry("delivered", "90"), Map.entry("delivered-rcs", "70"),
                Map.entry("delivered-sms-fallback", "20"), Map.entry("failed", "5"), Map.entry("pending", "5"));
        assertThat(rates(page)).containsExactly("messages", "90.0 % of sent", "70.0 % of sent", "20.0 % of sent",
                "5.0 % of sent", "5.0 % of sent");
        Map<String, List<List<String>>> charts = charts(page);
        assertThat(charts.get("outcome-split")).containsExactly(
                List.of("Delivered as RCS", "70", "70.0"), List.of("Delivered by SMS fallback", "20", "20.0"),
                List.of("Delivered otherwise", "0", "0.0"), List.of("Likely delivered", "0", "0.0"),
                List.of("Failed", "5", "5.0"), List.of("Pending", "5", "5.0"));
        List<List<String>> hours = charts.get("outcomes-over-time");
        assertThat(hours).as("one row per hour of a one-day range").hasSize(24);
        for (int hour = 0; hour < 24; hour++) {
            List<String> expected = switch (hour) {
                case 10 -> List.of("60", "0", "0", "0", "0", "0");
                case 11 -> List.of("10", "20", "0", "0", "5", "5");
                default -> List.of("0", "0", "0", "0", "0", "0");
            };
            assertThat(hours.get(hour).subList(1, 7)).as("hour %d", hour).isEqualTo(expected);
        }
        assertThat(hours.get(11).get(0)).contains("11:00");
        assertThat(charts.get("rcs-failures")).containsExactly(
                List.of("3056 Message failed to deliver in specified fallback time", "25"));
        List<List<String>> times = charts.get("time-to-delivery");
        assertThat(times.get(0).get(0)).isEqualTo("RCS");
        assertThat(times.get(0).get(3)).isEqualTo("70");
        assertThat(Double.parseDouble(times.get(0).get(1))).as("RCS median, all delivered after 4 s").isBetween(3.0, 4.0);
        assertThat(times.get(1).get(0)).isEqualTo("SMS fallback");
        assertThat(times.get(1).get(3)).isEqualTo("20");
        assertThat(Double.parseDouble(times.get(1).get(1))).as("SMS fallback median, all after 605 s").isBetween(600.0, 720.0);
        // Every chart's CSV is the chart's table, row for row.
        charts.forEach((id, rows) -> assertThat(csv(analyst, id, query)).as(id).isEqualTo(rows));
    }

    @Test
    void filtersNarrowTheSameDayExactly() {
        DashboardSession analyst = as("analyst");
        String query = "range=custom&from=" + day + "&to=" + day;

        assertThat(sent(analyst, query + "&origin=live")).as("callbacks are live traffic").isEqualTo(100);
        assertThat(sent(analyst, query + "&origin=test")).isZero();
        assertThat(sent(analyst, query + "&type=MKT")).as("a message only seen in callbacks has no type").isZero();
        assertThat(sent(analyst, query + "&cc=44")).as("nor a phone number").isZero();
        assertThat(outcomeSplit(analyst, query + "&origin=live")).containsExactly(70L, 20L, 0L, 0L, 5L, 5L);
    }

    @Test
    void theViewersTimeZoneMovesTheDayBoundaries() {
        DashboardSession analyst = as("analyst");
        // Kiritimati is UTC+14: 10:00-11:39 UTC on the seeded day is 00:00-01:39 the next day there.
        String zone = "&tz=Pacific/Kiritimati";

        assertThat(sent(analyst, "range=custom&from=" + day + "&to=" + day + zone)).isZero();
        String nextDay = "range=custom&from=" + day.plusDays(1) + "&to=" + day.plusDays(1) + zone;
        assertThat(sent(analyst, nextDay)).isEqualTo(100);
        List<List<String>> hours = charts(analyst.get("/?" + nextDay).body()).get("outcomes-over-time");
        assertThat(hours.get(0).subList(1, 7)).isEqualTo(List.of("60", "0", "0", "0", "0", "0"));
        assertThat(hours.get(1).subList(1, 7)).isEqualTo(List.of("10", "20", "0", "0", "5", "5"));
        assertThat(csv(analyst, "outcome-split", nextDay).get(0)).isEqualTo(List.of("Delivered as RCS", "70", "70.0"));
    }

    @Test
    void testSendsCountUnderTheirOriginCountryAndType() {
        DashboardSession admin = as("admin");
        String uk = "range=24h&origin=test&cc=44";
        String germanyMkt = "range=24h&origin=test&cc=49&type=MKT";
        String germanyOtp = "range=24h&origin=test&cc=49&type=OTP";
        List<Long> ukBefore = outcomeSplit(admin, uk);
        List<Long> germanyMktBefore = outcomeSplit(admin, germanyMkt);
        List<Long> germanyOtpBefore = outcomeSplit(admin, germanyOtp);

        // The simulator's rule: a number ending in 10 takes RCS, one ending in 60 is an iPhone (SMS fallback).
        String ukMessage = testSend(admin, "+44 7700 900010", "OTP");
        String germanMessage = testSend(admin, "+49 1512 3456760", "MKT");
        awaitOutcome(ukMessage, "DELIVERED_RCS");
        awaitOutcome(germanMessage, "DELIVERED_SMS_FALLBACK");

        assertThat(outcomeSplit(admin, uk)).isEqualTo(plus(ukBefore, 0));
        assertThat(outcomeSplit(admin, germanyMkt)).isEqualTo(plus(germanyMktBefore, 1));
        assertThat(outcomeSplit(admin, germanyOtp)).isEqualTo(germanyOtpBefore);
    }

    // --- reading the pages -----------------------------------------------------------------------------

    private static String base() {
        return SharedDemo.demo().baseUrl();
    }

    private static DashboardSession as(String user) {
        return SharedDemo.signedIn(user);
    }

    /** Tile id → the count it shows, in page order. */
    private static Map<String, String> tiles(String page) {
        Map<String, String> tiles = new LinkedHashMap<>();
        Matcher m = TILE.matcher(page);
        while (m.find()) {
            tiles.put(m.group(1), m.group(2).replace(",", ""));
        }
        return tiles;
    }

    private static List<String> rates(String page) {
        List<String> rates = new ArrayList<>();
        Matcher m = TILE.matcher(page);
        while (m.find()) {
            rates.add(m.group(3).replace('\u00a0', ' '));
        }
        return rates;
    }

    private static long sent(DashboardSession session, String query) {
        return Long.parseLong(tiles(session.get("/?" + query).body()).get("sent"));
    }

    private static List<Long> outcomeSplit(DashboardSession session, String query) {
        return charts(session.get("/?" + query).body()).get("outcome-split").stream().map(row -> Long.parseLong(row.get(1))).toList();
    }

    private static List<Long> plus(List<Long> counts, int outcome) {
        List<Long> more = new ArrayList<>(counts);
        more.set(outcome, more.get(outcome) + 1);
        return more;
    }

    /** The tables the page hands to Chart.js ({@code #chart-data}), by chart id, every cell as text. */
    private static Map<String, List<List<String>>> charts(String page) {
        Matcher m = CHART_DATA.matcher(page);
        assertThat(m.find()).as("the page has chart data").isTrue();
        try {
            Map<String, List<List<String>>> charts = new LinkedHashMap<>();
            for (JsonNode chart : JSON.readTree(m.group(1))) {
                List<List<String>> rows = new ArrayList<>();
                chart.get("rows").forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.asText()));
                    rows.add(cells);
                });
                charts.put(chart.get("id").asText(), rows);
            }
            return charts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chart's CSV export, without its header row. */
    private static List<List<String>> csv(DashboardSession session, String chart, String query) {
        HttpResponse<String> answer = session.get("/export/" + chart + ".csv?" + query);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().lines().skip(1).map(line -> List.of(line.split(",", -1))).toList();
    }

    private static String testSend(DashboardSession admin, String phone, String type) {
        Map<String, String> form = new HashMap<>(Map.of("phone", phone, "messageType", type, "rcsText", "Your code",
                "url", "https://example.com/", "urlText", "Open", "linkId", "numbers", "fallbackTime", "300",
                "smsText", "Your code", "externalId", "", "_csrf", admin.csrf("/test-send")));
        HttpResponse<String> answer = admin.post("/test-send", form);
        assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
        Matcher m = Pattern.compile("/messages/([0-9A-F]{32})").matcher(answer.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static void awaitOutcome(String reference, String outcome) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> DemoProcess.count(
                "select count(*) from message where reference_id = '" + reference + "' and outcome = '" + outcome + "'") == 1);
    }

    private static long messagesSentBetween(LocalDate first, LocalDate end) {
        return DemoProcess.count("select count(*) from message where sent_at >= TIMESTAMP WITH TIME ZONE '" + first
                + " 00:00:00+00:00' and sent_at < TIMESTAMP WITH TIME ZONE '" + end + " 00:00:00+00:00'");
    }
}
