package dev.cascade.it.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoDeployment;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.Reports;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callbacks lost upstream, end to end in the deployed demo EAR: the simulator loses every callback
 * ({@code simulator.callback.drop-share=1}) and allows one request a second ({@code simulator.rate-limit=1}); Cascade's
 * scheduled reconciliation looks the pending messages up, backs off on the 429s, and the ledger ends with every
 * message's true outcome, learned only from status lookups, marked reconciled — in the tables and on the message
 * page. A callback arriving after all is a duplicate. {@link ReconciliationServer} sets the settings before the
 * EAR is deployed and removes them afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(ReconciliationServer.class)
class ReconciliationIT {

    private static final Pattern SENT = Pattern.compile("/messages/([0-9A-F]{32})");

    @Deployment(testable = false)
    static EnterpriseArchive demo() {
        return DemoDeployment.ear();
    }

    @Test
    void lostCallbacksAreReconciledFromStatusLookupsWithBackOffOnRateLimitsAndTheLedgerEndsComplete() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        // A pending message Telesign does not know, older than all the test's: looked up first and answered 404
        // every time, it must not starve the others (never-looked-up messages go first).
        String unknown = Reports.newReference();
        assertThat(CallbackClient.postSigned(Reports.forMessage(unknown).status(3001, "rcs", Instant.now()).bytes()).statusCode())
                .isEqualTo(200);
        DashboardSession admin = DashboardSession.signedIn(ItConfig.baseUrl().toString(), ReconciliationServer.USER,
                ReconciliationServer.PASSWORD);
        // Sent through Cascade (the dashboard's test send), so the ledger knows each message from its send alone.
        // The simulator decides by the last two digits: 10 Android (RCS), 60 iPhone (SMS fallback), 97 unreachable.
        Map<String, String> expected = new LinkedHashMap<>();
        String[] phones = {"15558675310", "15558675360", "15558675397", "447700900110", "447700900160", "4915112345697"};
        String[] outcomes = {"DELIVERED_RCS", "DELIVERED_SMS_FALLBACK", "FAILED", "DELIVERED_RCS", "DELIVERED_SMS_FALLBACK", "FAILED"};
        for (int i = 0; i < phones.length; i++) {
            expected.put(testSend(admin, phones[i], "recon-" + i), outcomes[i]);
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Map.Entry<String, String> message : expected.entrySet()) {
                assertThat(LedgerTables.message(message.getKey())).as(message.getKey())
                        .containsEntry("outcome", message.getValue());
            }
        });

        assertThat(LedgerTables.message(unknown)).containsEntry("outcome", "PENDING").containsEntry("last_lookup_result", "NOT_FOUND");
        for (String ref : expected.keySet()) {
            List<Map<String, Object>> receipts = LedgerTables.receipts(ref);
            assertThat(receipts).as("only lookups: every callback of %s was lost", ref).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).containsEntry("source", "RECONCILED"));
            assertThat(LedgerTables.rows("select h.source from status_history h join message m on m.id = h.message_id"
                    + " where m.reference_id = ?", ref)).isNotEmpty().allSatisfy(h -> assertThat(h).containsEntry("source", "RECONCILED"));
            assertThat(((Number) LedgerTables.message(ref).get("lookup_count")).intValue()).isPositive();
            assertThat(LedgerTables.message(ref)).containsEntry("last_lookup_result", "FOUND");
        }
        String iphone = expected.keySet().stream().skip(1).findFirst().orElseThrow();
        assertThat(LedgerTables.channels(iphone)).extracting(c -> c.get("channel") + ":" + c.get("code"))
                .containsExactly("rcs:3056", "sms:3000");

        List<Map<String, Object>> runs = LedgerTables.rows("select status, started_at, paused_until from reconciliation_run"
                + " where started_at >= ? order by id", OffsetDateTime.ofInstant(started, java.time.ZoneOffset.UTC));
        assertThat(runs).extracting(r -> r.get("status")).as("Telesign's 429 stopped a run").contains("RATE_LIMITED");
        for (int i = 0; i < runs.size() - 1; i++) {
            Object pausedUntil = runs.get(i).get("paused_until");
            if (pausedUntil != null) {
                assertThat(instant(runs.get(i + 1).get("started_at"))).as("no run before the pause ends")
                        .isAfterOrEqualTo(instant(pausedUntil));
            }
        }

        // Telesign's callback arrives after all (late, not lost): the ledger already knows it.
        byte[] lookedUp = (byte[]) LedgerTables.rows("select body from callback_receipt where reference_id = ? order by id desc",
                iphone).get(0).get("body");
        HttpResponse<String> late = CallbackClient.postSigned(lookedUp);
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(CallbackClient.json(late).path("verdict").asText()).isEqualTo("DUPLICATE");

        String page = admin.get("/messages/" + iphone).body();
        assertThat(page).contains("id=\"reconciled-note\"").contains("class=\"source reconciled\"")
                .contains("reconciled (status lookup)").containsPattern("Looked up at Telesign \\d+ times?, last on");
        String callbacks = admin.get("/callbacks").body();
        assertThat(callbacks).contains("id=\"reconciliation-last-run\"").contains("Run reconciliation now");
    }

    /**
     * Sends through the dashboard and returns the reference id it redirects to. The reconciliation job spends the
     * simulator's allowance too, so a send Cascade's client could not get through (429 after its retries) is tried again.
     */
    private static String testSend(DashboardSession admin, String phone, String externalId) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            String token = DashboardSession.csrfFrom(admin.get("/test-send").body()).orElseThrow();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", token);
            form.put("phone", phone);
            form.put("messageType", "MKT");
            form.put("rcsText", "Your order has shipped. Track it here:");
            form.put("url", "https://shop.example.com/o/" + externalId);
            form.put("urlText", "Track order");
            form.put("linkId", "track");
            form.put("fallbackTime", "600");
            form.put("smsText", "Your order has shipped: https://shop.example.com/o/" + externalId);
            form.put("externalId", externalId);
            HttpResponse<String> answer = admin.post("/test-send", form);
            Matcher sent = SENT.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 302 && sent.find()) {
                return sent.group(1);
            }
            assertThat(attempt).as("test send of " + phone + ": " + answer.statusCode()).isLessThan(10);
            Thread.sleep(1000);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("a time of type " + value.getClass());
    }
}
