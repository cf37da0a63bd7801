package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.dashboard.web.Endpoint;
import dev.cascade.it.support.Browser;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.Reports;
import dev.cascade.it.support.SharedDemo;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hostile text in every field that reaches a page comes back as text. Classic payloads — script tags,
 * attribute breakers, {@code javascript:} URLs, {@code </textarea>}, Thymeleaf-expression injections,
 * Unicode look-alikes — are planted through every real way in: the admin's test-send form (sent, and
 * refused with field errors), signed callbacks (external id, status and channel descriptions, channel
 * reference ids and timestamps that are echoed as warnings), callbacks rejected for their signature or
 * their shape (reasons that quote the body, raw bodies on the message page), search and filter
 * parameters, the sign-in form. Then every GET endpoint of the dashboard ({@link Endpoint}) is read as
 * analyst and admin, each page parsed as a browser would (jsoup): no element, event-handler attribute,
 * script or {@code javascript:} link exists that the templates did not write, and no expression was
 * evaluated. Headless Chromium opens the same pages and no alert fires. Planted data is today's (the
 * numbers tests use a day 200 days back and the days before today) and uses two of the admin's ten test
 * sends a minute, waiting if the minute is used up.
 */
@ExtendWith(SharedDemo.class)
@Order(4)
class XssIT {

    /** 1337 × 1009: on a page only if an expression was evaluated. */
    private static final String EVALUATED = "1349033";
    private static final String EXPRESSIONS = "[[${1337*1009}]] [(${1337*1009})] __${1337*1009}__ {{1337*1009}} *{1337*1009} #{1337*1009}";
    /** Printable ASCII, at most 100 characters: also valid external ids of a test send. */
    private static final List<String> ASCII_PAYLOADS = List.of(
            "<script>alert('xss-script')</script>",
            "\"><img src=x onerror=alert('xss-img')>",
            "'><svg onload=alert('xss-svg')>",
            "</textarea><script>alert('xss-textarea')</script>",
            "\" autofocus onfocus=\"alert('xss-attr')\" x=\"",
            "javascript:alert('xss-js')",
            "</script><iframe src=javascript:alert('xss-frame')>",
            EXPRESSIONS);
    /** Only where text may be any Unicode: message texts and what callbacks carry. */
    private static final List<String> UNICODE_PAYLOADS = List.of(
            "\uFF1Cscript\uFF1Ealert('xss-fullwidth')\uFF1C/script\uFF1E",
            "\u202Egpj.exe\u202C <b id=xss-bold>bold</b>",
            "line\u2028separator\u2029<img src=x onerror=alert('xss-ls')>",
            "\u0131\u017F <a href=\"jav&#x09;ascript:alert('xss-entity')\">x</a>");
    private static final List<String> PAYLOADS = Stream.concat(ASCII_PAYLOADS.stream(), UNICODE_PAYLOADS.stream()).toList();

    private static final Set<String> FOREIGN_TAGS = Set.of("img", "svg", "iframe", "frame", "object", "embed", "math",
            "base", "b", "applet", "video", "audio", "source", "xss");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background");
    private static final Pattern ANY_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The messages planted, by what their external id is. */
    private static final Map<String, String> byExternalId = new LinkedHashMap<>();
    /** The two test sends: payloads in their texts and external ids. */
    private static final List<String> testSends = new ArrayList<>();

    @BeforeAll
    static void plantPayloadsThroughEveryWayIn() {
        DashboardSession admin = SharedDemo.signedIn("admin");
        testSends.add(testSend(admin, "+1 555 010 7710", ASCII_PAYLOADS.get(1), UNICODE_PAYLOADS.get(0)));
        testSends.add(testSend(admin, "+1 555 010 7760", ASCII_PAYLOADS.get(0), ASCII_PAYLOADS.get(3)));
        Instant now = Instant.now();
        for (String payload : PAYLOADS) {
            String reference = Reports.newReference();
            byExternalId.put(payload, reference);
            assertAccepted(signed(callback(reference, payload, now)));
        }
        for (String reference : testSends) {
            assertAccepted(signed(callback(reference, ASCII_PAYLOADS.get(2), now)));
        }
        String known = testSends.get(0);
        for (String payload : PAYLOADS) {
            ObjectNode hostileChannel = JSON.createObjectNode().put("reference_id", known);
            hostileChannel.putArray("channel_status").addObject().putObject(payload).put("code", 3000);
            assertThat(signed(bytes(hostileChannel)).statusCode()).as("a channel called %s", payload).isEqualTo(400);
            assertThat(signed(bytes(JSON.createObjectNode().put("reference_id", payload))).statusCode()).isEqualTo(400);
            byte[] broken = ("{\"reference_id\": \"" + known + "\", " + payload + "}").getBytes(StandardCharsets.UTF_8);
            assertThat(signed(broken).statusCode()).as("not JSON: %s", payload).isEqualTo(400);
            byte[] unsigned = bytes(callback(Reports.newReference(), payload, now));
            assertThat(CallbackClient.post(callbackUrl(), unsigned, Map.of("Authorization", "Basic eHNzOnhzcw==",
                    "Content-Type", "application/json")).statusCode()).isEqualTo(401);
        }
    }

    // --- what is read back --------------------------------------------------------------------------------

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"analyst", "admin"})
    void everyPageShowsWhatWasPlantedAsText(String user) {
        DashboardSession session = SharedDemo.signedIn(user);
        boolean admin = user.equals("admin");

        for (Endpoint endpoint : Endpoint.values()) {
            if (!endpoint.method().equals("GET")) {
                continue;
            }
            for (String path : paths(endpoint)) {
                HttpResponse<String> answer = session.get(path);
                String what = "GET " + path + " as " + user;
                if (endpoint.kind() == Endpoint.Kind.API) {
                    assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).contains("json"));
                    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
                    continue;
                }
                if (endpoint == Endpoint.EXPORT && answer.statusCode() == 200) {
                    assertIsADefusedCsvDownload(what, answer);
                    continue;
                }
                assertThat(answer.statusCode()).as(what).isLessThan(500);
                assertClean(what, answer.body());
            }
        }
        // Not vacuous: the payloads are on the pages, as text.
        for (Map.Entry<String, String> planted : byExternalId.entrySet()) {
            Document message = Jsoup.parse(session.get("/messages/" + planted.getValue()).body());
            assertThat(message.select("dt:containsOwn(External id) + dd").text()).as(planted.getKey()).isEqualTo(textOf(planted.getKey()));
            assertThat(message.select(".timeline .desc").eachText()).as(planted.getKey()).contains(textOf(planted.getKey()));
            if (admin) {
                assertThat(message.select("#callbacks pre.raw").eachText()).as(planted.getKey())
                        .anySatisfy(body -> assertThat(body).contains("\"reference_id\""));
            }
            Document search = Jsoup.parse(session.get("/messages?range=24h&q=" + encode(planted.getKey())).body());
            assertThat(search.select("#messages tbody td:nth-child(2)").eachText()).as("search for %s", planted.getKey())
                    .contains(planted.getValue());
            assertThat(search.select("input[name=q]").attr("value")).isEqualTo(planted.getKey().strip());
        }
        if (admin) {
            String rejected = Jsoup.parse(session.get("/callbacks?verdict=REJECTED").body()).select("#receipts").text();
            assertThat(rejected).contains("not a channel name: '<script>alert('xss-script')</script>'");
        }
    }

    @Test
    void theTestSendFormKeepsHostileFieldsAsTypedAndSendsNothing() {
        DashboardSession admin = SharedDemo.signedIn("admin");

        for (String payload : PAYLOADS) {
            Map<String, String> form = new HashMap<>();
            for (String field : List.of("phone", "rcsText", "url", "urlText", "linkId", "smsText", "externalId")) {
                form.put(field, payload);
            }
            // A valid type and fallback time, so that the client's validation runs and puts errors next to the fields.
            form.put("messageType", "ARN");
            form.put("fallbackTime", "300");
            form.put("_csrf", admin.csrf("/test-send"));

            HttpResponse<String> answer = admin.post("/test-send", form);

            assertThat(answer.statusCode()).as(payload).isEqualTo(400);
            assertClean("POST /test-send with " + payload, answer.body());
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("textarea[name=rcsText]").first().wholeText()).as(payload).isEqualTo(payload.strip());
            assertThat(page.select("textarea[name=smsText]").first().wholeText()).as(payload).isEqualTo(payload.strip());
            assertThat(page.select("input[name=url]").attr("value")).as(payload).isEqualTo(payload.strip());
            assertThat(page.select("input[name=externalId]").attr("value")).as(payload).isEqualTo(payload.strip());
            assertThat(page.select("#error-phone").text()).as(payload).isNotBlank();
            assertThat(page.select("#error-url").text()).as(payload).contains("http");
        }
    }

    @Test
    void theSignInFormEchoesAHostileNameAsText() {
        // Two tries only: twenty failures from one address lock it, and other tests sign in from here too.
        for (String name : List.of(ASCII_PAYLOADS.get(1), ASCII_PAYLOADS.get(4) + EXPRESSIONS)) {
            DashboardSession session = new DashboardSession(SharedDemo.demo().baseUrl());
            HttpResponse<String> answer = session.signIn(name, "wrong");

            assertThat(answer.statusCode()).isEqualTo(401);
            assertClean("sign-in as " + name, answer.body());
            assertThat(Jsoup.parse(answer.body()).select("input[name=username]").attr("value")).isEqualTo(name);
        }
    }

    @Test
    void inChromiumNoPayloadRuns() {
        try (Browser browser = new Browser()) {
            String base = SharedDemo.demo().baseUrl() + "/dashboard";
            browser.driver().get(base + "/login");
            browser.driver().findElement(By.id("username")).sendKeys("admin");
            browser.driver().findElement(By.id("password")).sendKeys(SharedDemo.password("admin"));
            browser.driver().findElement(By.id("sign-in")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(base + "/"));
            List<String> pages = new ArrayList<>(List.of("/callbacks?verdict=REJECTED", "/messages?range=24h&q=" + encode(PAYLOADS.get(0)),
                    "/?range=" + encode(PAYLOADS.get(1)) + "&tz=" + encode(PAYLOADS.get(0))));
            testSends.forEach(ref -> pages.add("/messages/" + ref));
            byExternalId.values().forEach(ref -> pages.add("/messages/" + ref));

            for (String page : pages) {
                browser.driver().get(base + page);
                assertNoAlert(browser, page);
                assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.querySelectorAll('img, svg, iframe, b, #xss-bold').length")).as(page).isEqualTo(0L);
            }
            // The form, typed into and sent back with its errors.
            browser.driver().get(base + "/test-send");
            browser.driver().findElement(By.name("phone")).sendKeys(PAYLOADS.get(1));
            browser.driver().findElement(By.name("rcsText")).clear();
            browser.driver().findElement(By.name("rcsText")).sendKeys(PAYLOADS.get(3));
            browser.driver().findElement(By.name("url")).clear();
            browser.driver().findElement(By.name("url")).sendKeys(PAYLOADS.get(5));
            browser.driver().findElement(By.cssSelector("button.primary")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-phone")));
            assertNoAlert(browser, "/test-send");
            assertThat(browser.driver().findElement(By.name("rcsText")).getAttribute("value")).isEqualTo(PAYLOADS.get(3));
        }
    }

    // --- checks -------------------------------------------------------------------------------------------

    /**
     * The page holds only what the templates wrote: no foreign element, no event handler, no script but the
     * dashboard's own files and its chart data (valid JSON), no link or form to anywhere but the dashboard or
     * a plain web address, no evaluated expression.
     */
    static void assertClean(String what, String html) {
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            assertThat(FOREIGN_TAGS).as("%s: an injected <%s>: %s", what, tag, element).doesNotContain(tag);
            if (tag.equals("script")) {
                boolean ownFile = element.attr("src").startsWith("/dashboard/") && element.data().isBlank();
                boolean chartData = element.attr("type").equals("application/json") && element.id().equals("chart-data");
                assertThat(ownFile || chartData).as("%s: a script the templates did not write: %s", what, element).isTrue();
                if (chartData) {
                    assertThat(parsesAsJsonArray(element.data())).as("%s: chart data is one JSON array", what).isTrue();
                }
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                assertThat(element.attr("content")).as("%s: %s", what, element).matches("\\d+");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("%s: an event handler on %s", what, element).doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    Matcher scheme = ANY_SCHEME.matcher(url);
                    assertThat(!scheme.find() || scheme.group().equals("http:") || scheme.group().equals("https:"))
                            .as("%s: %s=\"%s\" on %s", what, name, attribute.getValue(), element).isTrue();
                }
            }
        }
        for (Element form : page.select("form")) {
            assertThat(form.attr("action")).as("%s: %s", what, form).startsWith("/dashboard/");
        }
        assertThat(html).as(what).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload")
                .doesNotContain("<iframe").doesNotContain(EVALUATED);
    }

    /** A CSV export is a download, not a page, and no cell starts what a spreadsheet would run. */
    private static void assertIsADefusedCsvDownload(String what, HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(answer.headers().firstValue("Content-Disposition")).as(what)
                .hasValueSatisfying(d -> assertThat(d).matches("attachment; filename=\"[a-z-]+\\.csv\""));
        for (String line : answer.body().split("\r\n")) {
            for (String cell : line.split(",", -1)) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                if (!bare.isEmpty() && "=+-@\t\r".indexOf(bare.charAt(0)) >= 0) {
                    assertThat(bare).as("%s: a formula cell", what).matches("-?\\d+(\\.\\d+)?");
                }
            }
        }
    }

    private static void assertNoAlert(Browser browser, String page) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            fail("an alert fired on " + page + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    // --- the pages ----------------------------------------------------------------------------------------

    /** The paths each GET endpoint is read at: with planted data and with hostile parameters. */
    private static List<String> paths(Endpoint endpoint) {
        String hostile = PAYLOADS.get(1);
        String filters = "range=" + encode(hostile) + "&from=" + encode(PAYLOADS.get(0)) + "&to=" + encode(PAYLOADS.get(4))
                + "&type=" + encode(PAYLOADS.get(2)) + "&origin=" + encode(EXPRESSIONS) + "&cc=" + encode(hostile)
                + "&tz=" + encode(PAYLOADS.get(5));
        String custom = "range=custom&from=" + encode(hostile) + "&to=" + encode(PAYLOADS.get(3));
        List<String> paths = new ArrayList<>();
        switch (endpoint) {
            case OVERVIEW -> paths.addAll(List.of("/?range=24h", "/?" + filters, "/?" + custom));
            case ADVISOR -> paths.addAll(List.of("/advisor?range=24h", "/advisor?" + filters, "/advisor?" + custom));
            case EXPORT -> {
                for (String chart : List.of("outcomes-over-time", "delivery-rates", "outcome-split", "rcs-failures",
                        "time-to-delivery", "advisor-rcs-time-to-delivery", "advisor-suggestions")) {
                    paths.add("/export/" + chart + ".csv?" + filters);
                }
                paths.add("/export/" + encode(hostile) + ".csv");
                paths.add("/export/" + encode(PAYLOADS.get(0)));
            }
            case MESSAGES -> {
                paths.add("/messages?range=24h&outcome=" + encode(hostile) + "&tz=" + encode(PAYLOADS.get(4)) + "&after="
                        + encode(PAYLOADS.get(0)));
                paths.add("/messages?" + filters + "&q=" + encode(EXPRESSIONS));
                PAYLOADS.forEach(p -> paths.add("/messages?range=24h&q=" + encode(p)));
                testSends.forEach(ref -> paths.add("/messages?q=" + ref));
            }
            case MESSAGE -> {
                testSends.forEach(ref -> paths.add("/messages/" + ref + "?tz=" + encode(hostile)));
                byExternalId.values().forEach(ref -> paths.add("/messages/" + ref));
                paths.add("/messages/" + encode(hostile));
            }
            case API_MESSAGE -> {
                testSends.forEach(ref -> paths.add("/api/messages/" + ref));
                byExternalId.values().forEach(ref -> paths.add("/api/messages/" + ref));
            }
            case CALLBACKS -> paths.addAll(List.of("/callbacks", "/callbacks?verdict=REJECTED", "/callbacks?verdict=APPLIED",
                    "/callbacks?verdict=" + encode(hostile) + "&before=" + encode(PAYLOADS.get(0)), "/callbacks?retention=" + encode(hostile)));
            case TEST_SEND_FORM -> paths.add("/test-send");
            case LOGIN_FORM -> paths.addAll(List.of("/login", "/login?error=" + encode(hostile), "/login?signedOut=" + encode(hostile)));
            default -> fail("no paths to read " + endpoint + " at: add them to XssIT");
        }
        return paths;
    }

    // --- planting -----------------------------------------------------------------------------------------

    /** A test send with hostile texts; waits out the admin's minute if other tests used it up. */
    private static String testSend(DashboardSession admin, String phone, String externalId, String text) {
        Map<String, String> form = new HashMap<>(Map.of("phone", phone, "messageType", "ARN", "rcsText", text,
                "url", "https://example.com/?q=%22%3E%3Cscript%3E", "urlText", text, "linkId", "xss", "fallbackTime", "300",
                "smsText", text, "externalId", externalId));
        for (int tries = 0; tries < 8; tries++) {
            form.put("_csrf", admin.csrf("/test-send"));
            HttpResponse<String> answer = admin.post("/test-send", form);
            if (answer.statusCode() == 429) {
                sleep(Duration.ofSeconds(10));
                continue;
            }
            assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
            Matcher m = Pattern.compile("/messages/([0-9A-F]{32})").matcher(answer.headers().firstValue("Location").orElseThrow());
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
        throw new AssertionError("the test-send limit did not let a send through in 80 s");
    }

    /** A delivered-by-SMS-fallback report with the payload in every text Telesign writes. */
    private static ObjectNode callback(String reference, String payload, Instant at) {
        ObjectNode root = JSON.createObjectNode().put("reference_id", reference).put("external_id", payload);
        root.putObject("status").put("code", 3000).put("description", payload).put("last_channel", payload)
                .put("updated_on", TelesignTimestamp.of(at.plusSeconds(5)).raw());
        var channels = root.putArray("channel_status");
        channels.addObject().putObject("rcs").put("code", 3056).put("description", payload).put("reference_id", payload)
                .put("updated_on", TelesignTimestamp.of(at).raw());
        channels.addObject().putObject("sms").put("code", 3000).put("description", payload).put("updated_on", payload);
        return root;
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> signed(ObjectNode json) {
        return signed(bytes(json));
    }

    private static HttpResponse<String> signed(byte[] body) {
        return CallbackClient.postSigned(callbackUrl(), SharedDemo.secrets().account(), body);
    }

    private static void assertAccepted(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static URI callbackUrl() {
        return URI.create(SharedDemo.demo().baseUrl() + "/callbacks/telesign");
    }

    // --- small things -------------------------------------------------------------------------------------

    /** What a browser shows for the text: the payload itself (Thymeleaf writes it escaped, whitespace as is). */
    private static String textOf(String payload) {
        return payload.strip().replaceAll("\\s+", " ");
    }

    private static boolean parsesAsJsonArray(String json) {
        try {
            return JSON.readTree(json).isArray();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
