package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.dashboard.web.Endpoint;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.SharedDemo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After the whole demo run — history back-filled, live traffic, test sends, thousands of callbacks, refused
 * sign-ins, hostile input — none of this run's secrets (SharedDemo's random {@code DemoSecrets}: the
 * Telesign API key raw, URL-encoded, JSON-escaped and decoded, the Basic authorization value built from it,
 * both users' passwords) is in WildFly's logs, the launcher's output, or any answer: every GET endpoint of
 * the dashboard ({@link Endpoint}) as analyst and admin, every CSV, the error pages, the JSON API, the
 * callback endpoint's refusals, the simulator's and the health checks. Runs after every other demo test,
 * just before {@code CascadeDemoIT} stops the demo. A finding names the secret and where, never its value.
 */
@ExtendWith(SharedDemo.class)
@Order(Integer.MAX_VALUE - 1)
class SecretsIT {

    private static final List<String> CHARTS = List.of("outcomes-over-time", "delivery-rates", "outcome-split", "rcs-failures",
            "time-to-delivery", "advisor-rcs-time-to-delivery", "advisor-suggestions");

    @Test
    void noLogHoldsASecret() throws IOException {
        List<Path> logs = new ArrayList<>(DemoProcess.serverLogs());
        logs.add(SharedDemo.demo().log());
        assertThat(logs.stream().map(p -> p.getFileName().toString())).contains("server.log", "console.log");

        List<String> findings = new ArrayList<>();
        for (Path log : logs) {
            findings.addAll(leaks(log.toString(), Files.readString(log, StandardCharsets.ISO_8859_1)));
            findings.addAll(leaks(log.toString(), Files.readString(log, StandardCharsets.UTF_8)));
        }

        assertThat(findings).as("secrets in the demo's logs").isEmpty();
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"analyst", "admin"})
    void noPageHoldsASecret(String user) {
        DashboardSession session = SharedDemo.signedIn(user);
        List<String> findings = new ArrayList<>();
        String reference = aMessageOfTheDemo(session);

        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.method().equals("GET")) {
                for (String path : paths(endpoint, reference)) {
                    HttpResponse<String> answer = session.get(path);
                    findings.addAll(leaks("GET " + path + " as " + user + " (" + answer.statusCode() + ")", answer(answer)));
                }
            }
        }
        for (String path : List.of("/no-such-page", "/messages/00000000000000000000000000000000",
                "/api/messages/00000000000000000000000000000000", "/export/no-such-chart.csv", "/static/no-such-file.css")) {
            HttpResponse<String> answer = session.get(path);
            findings.addAll(leaks("GET " + path + " as " + user + " (" + answer.statusCode() + ")", answer(answer)));
        }
        HttpResponse<String> unsafe = session.post("/test-send", Map.of());
        findings.addAll(leaks("POST /test-send without a token as " + user, answer(unsafe)));

        assertThat(findings).as("secrets in what %s is shown", user).isEmpty();
    }

    @Test
    void noAnswerToAStrangerHoldsASecret() {
        DemoProcess demo = SharedDemo.demo();
        DashboardSession anonymous = new DashboardSession(demo.baseUrl());
        List<String> findings = new ArrayList<>();

        for (String path : List.of("/login", "/", "/callbacks", "/api/messages/00000000000000000000000000000000")) {
            findings.addAll(leaks("GET " + path + " anonymously", answer(anonymous.get(path))));
        }
        findings.addAll(leaks("a wrong password", answer(anonymous.signIn("admin", "not-the-password"))));
        URI callbacks = URI.create(demo.baseUrl() + "/callbacks/telesign");
        byte[] body = "{\"reference_id\":\"35C8B5D509BC10689196FED2AD551B8A\"}".getBytes(StandardCharsets.UTF_8);
        findings.addAll(leaks("an unsigned callback", answer(CallbackClient.post(callbacks, body,
                Map.of("Content-Type", "application/json", "Authorization", "TSA " + SharedDemo.secrets().customerId() + ":AAAA")))));
        findings.addAll(leaks("GET on the callback URL", answer(get(callbacks))));
        for (String path : List.of("/telesign-simulator/v1/omnichannel", "/telesign-simulator/v1/omnichannel/35C8B5D509BC10689196FED2AD551B8A")) {
            findings.addAll(leaks("GET " + path, answer(get(URI.create(demo.baseUrl() + path)))));
        }
        for (String path : List.of("/health", "/health/ready", "/health/live")) {
            findings.addAll(leaks("GET " + path + " (management)", answer(get(URI.create("http://127.0.0.1:" + demo.managementPort() + path)))));
        }

        assertThat(findings).as("secrets in answers to anyone").isEmpty();
    }

    // --- finding ------------------------------------------------------------------------------------------

    /** Where in {@code text} each form of each secret occurs: names and positions, never the values. */
    private static List<String> leaks(String where, String text) {
        List<String> found = new ArrayList<>();
        SharedDemo.secrets().leakForms().forEach((name, value) -> {
            int at = text.indexOf(value);
            if (at >= 0) {
                found.add(name + " in " + where + " at character " + at);
            }
        });
        return found;
    }

    /** Headers and body: a secret could be in either. */
    private static String answer(HttpResponse<String> response) {
        return response.headers().map() + "\n" + response.body();
    }

    private static HttpResponse<String> get(URI url) {
        return CallbackClient.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build());
    }

    // --- the pages ----------------------------------------------------------------------------------------

    private static String aMessageOfTheDemo(DashboardSession session) {
        Matcher m = Pattern.compile("/dashboard/messages/([0-9A-F]{32})").matcher(session.get("/messages?range=7d").body());
        assertThat(m.find()).as("the demo has messages").isTrue();
        return m.group(1);
    }

    /** Every GET endpoint with real values, and the same pages with filters that show more. */
    private static List<String> paths(Endpoint endpoint, String reference) {
        return switch (endpoint) {
            case OVERVIEW -> List.of("/", "/?range=24h", "/?range=90d&origin=test");
            case EXPORT -> CHARTS.stream().map(c -> "/export/" + c + ".csv?range=30d").toList();
            case MESSAGES -> List.of("/messages", "/messages?range=24h&origin=test", "/messages?outcome=FAILED");
            case MESSAGE -> List.of("/messages/" + reference);
            case ADVISOR -> List.of("/advisor", "/advisor?range=30d");
            case CALLBACKS -> List.of("/callbacks", "/callbacks?verdict=REJECTED", "/callbacks?verdict=APPLIED");
            case TEST_SEND_FORM -> List.of("/test-send");
            case LOGIN_FORM -> List.of("/login");
            case API_MESSAGE -> List.of("/api/messages/" + reference);
            default -> throw new AssertionError("no paths to read " + endpoint + " at: add them to SecretsIT");
        };
    }
}
