package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.SharedDemo;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard over HTTP against {@code ./cascade demo}: who may open what, sign-in, CSRF, test-send
 * validation and Telesign's refusals (the simulator's test numbers), headers, the JSON view, CSV.
 */
@ExtendWith(SharedDemo.class)
@Order(2)
class DashboardHttpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ANALYST_PAGES = List.of("/", "/messages", "/advisor", "/export/outcome-split.csv",
            "/?range=24h", "/?range=custom&from=2026-01-01&to=2026-01-31", "/messages?q=15");
    private static final List<String> ADMIN_PAGES = List.of("/callbacks", "/test-send");

    private static String base() {
        return SharedDemo.demo().baseUrl();
    }

    private static DashboardSession as(String user) {
        return SharedDemo.signedIn(user);
    }

    private static Map<String, String> testSend(String phone, String csrf) {
        Map<String, String> form = new HashMap<>(Map.of("phone", phone, "messageType", "ARN", "rcsText", "Hello",
                "url", "https://example.com/", "urlText", "Open", "linkId", "test", "fallbackTime", "300", "smsText", "Hello",
                "externalId", ""));
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        return form;
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndTheApiSays401() {
        DashboardSession anonymous = new DashboardSession(base());

        for (String page : List.of("/", "/messages", "/test-send", "/callbacks", "/export/outcome-split.csv")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/login"));
        }
        HttpResponse<String> api = anonymous.get("/api/messages/35C8B5D509BC10689196FED2AD551B8A");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/static/css/cascade.css").statusCode()).isEqualTo(200);
    }

    @Test
    void analystsReadEverythingButAdminPages() {
        DashboardSession analyst = as("analyst");

        ANALYST_PAGES.forEach(page -> assertThat(analyst.get(page).statusCode()).as(page).isEqualTo(200));
        ADMIN_PAGES.forEach(page -> assertThat(analyst.get(page).statusCode()).as(page).isEqualTo(403));
    }

    @Test
    void adminsOpenEveryPage() {
        DashboardSession admin = as("admin");

        ANALYST_PAGES.forEach(page -> assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200));
        ADMIN_PAGES.forEach(page -> assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200));
    }

    @Test
    void signingInRenewsTheSessionAndAWrongPasswordIsRefused() {
        DashboardSession session = new DashboardSession(base());
        session.get("/login");
        String before = session.sessionId().orElseThrow();

        HttpResponse<String> wrong = session.signIn("analyst", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong username or password");
        HttpResponse<String> right = session.signIn("analyst", SharedDemo.password("analyst"));

        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(session.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void repeatedFailuresLockTheNameBeforeThePasswordIsChecked() {
        DashboardSession session = new DashboardSession(base());
        for (int i = 0; i < 5; i++) {
            assertThat(session.signIn("mallory", "guess-" + i).body()).contains("Wrong username or password");
        }

        assertThat(session.signIn("mallory", "guess-5").body()).contains("Too many failed sign-ins");
        assertThat(as("analyst").get("/").statusCode()).as("others are not locked out").isEqualTo(200);
    }

    @Test
    void formsWithoutTheRightCsrfTokenAreRefused() {
        DashboardSession admin = as("admin");

        assertThat(admin.post("/test-send", testSend("15558675310", null)).statusCode()).isEqualTo(403);
        assertThat(admin.post("/test-send", testSend("15558675310", "forged")).statusCode()).isEqualTo(403);
        assertThat(admin.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.get("/").statusCode()).as("still signed in").isEqualTo(200);
        HttpResponse<String> signIn = new DashboardSession(base()).post("/login", Map.of("username", "admin", "password", SharedDemo.password("admin")));
        assertThat(signIn.statusCode()).as("a sign-in without the form's token").isEqualTo(401);
        assertThat(signIn.body()).contains("The sign-in form expired");
    }

    @Test
    void adminsSeeWhatRetentionDeletesAndCanRunItNow() {
        DashboardSession admin = as("admin");
        assertThat(admin.get("/callbacks").body()).contains("id=\"retention-policy\"")
                .contains("Raw bodies older than 30 days are deleted, every 60 minutes. Receipts and status history are kept forever.");

        assertThat(admin.post("/callbacks", Map.of()).statusCode()).as("without the form's token").isEqualTo(403);
        DashboardSession analyst = as("analyst");
        assertThat(analyst.post("/callbacks", Map.of("_csrf", analyst.csrf("/"))).statusCode()).as("admins only").isEqualTo(403);
        HttpResponse<String> run = admin.post("/callbacks", Map.of("_csrf", admin.csrf("/callbacks")));

        assertThat(run.statusCode()).isIn(302, 303);
        assertThat(run.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/callbacks?retention=started"));
        // The run is in the background; the page shows it once it is recorded.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.get("/callbacks").body().contains("(operator)"));
    }

    @Test
    void anAnalystCannotSendEvenWithAToken() {
        DashboardSession analyst = as("analyst");
        String token = analyst.csrf("/");

        assertThat(analyst.post("/test-send", testSend("15558675310", token)).statusCode()).isEqualTo(403);
    }

    @Test
    void invalidFieldsComeBackNextToTheirInputsAndNothingIsSent() {
        DashboardSession admin = as("admin");
        long before = DemoProcess.count("select count(*) from message where origin = 'TEST'");
        Map<String, String> form = testSend("12", admin.csrf("/test-send"));
        form.put("url", "javascript:alert(1)");
        form.put("fallbackTime", "9999");

        HttpResponse<String> answer = admin.post("/test-send", form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"error-phone\"").contains("id=\"error-url\"").contains("id=\"error-fallbackTime\"");
        assertThat(DemoProcess.count("select count(*) from message where origin = 'TEST'")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"15550100400, code 3102", "15550100401, code 3400", "15550100429, code 3204"})
    void telesignsRefusalsAreShownWithTheirCode(String phone, String expected) {
        DashboardSession admin = as("admin");

        HttpResponse<String> answer = admin.post("/test-send", testSend(phone, admin.csrf("/test-send")));

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.body()).contains("Telesign refused the message").contains(expected);
    }

    @Test
    void pagesCarrySecurityHeadersAndAreNotCached() {
        HttpResponse<String> page = as("analyst").get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.body()).doesNotContain("<script>").contains("id=\"chart-data\"");
    }

    @Test
    void theJsonViewMasksPhoneNumbersForAnalysts() throws Exception {
        String ref = firstMessageWithPhone();

        JsonNode analystView = JSON.readTree(as("analyst").get("/api/messages/" + ref).body());
        JsonNode adminView = JSON.readTree(as("admin").get("/api/messages/" + ref).body());

        assertThat(analystView.get("phone_number").asText()).matches("…\\d{4}");
        assertThat(adminView.get("phone_number").asText()).matches("\\d{7,15}");
        assertThat(adminView.get("outcome").asText()).isIn("DELIVERED_RCS", "DELIVERED_SMS_FALLBACK", "FAILED", "PENDING",
                "DELIVERED_OTHER", "LIKELY_DELIVERED");
        assertThat(adminView.get("channels").isArray()).isTrue();
        assertThat(as("analyst").get("/api/messages/00000000000000000000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void csvExportsAreTheChartsTables() {
        HttpResponse<String> csv = as("analyst").get("/export/outcome-split.csv?range=7d");

        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("Outcome,Messages,Share (%)\r\nDelivered as RCS,");
        assertThat(csv.body().lines()).hasSize(7);
        assertThat(as("analyst").get("/export/no-such-chart.csv").statusCode()).isEqualTo(404);
    }

    private static String firstMessageWithPhone() {
        String page = as("admin").get("/messages?range=7d").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/dashboard/messages/([0-9A-F]{32})").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
