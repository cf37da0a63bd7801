package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.Browser;
import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.SharedDemo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against {@code ./cascade demo} (three days of history, live
 * traffic, simulated time 300x): an analyst reads charts whose data match the ledger and change with
 * the range; an admin sends a test message to an iPhone and watches it reach "delivered by SMS
 * fallback". Screenshots at laptop and phone width go to integration-tests/target/screenshots.
 */
@ExtendWith(SharedDemo.class)
@Order(1)
class BrowserIT {

    private static final List<String> OUTCOMES = List.of("DELIVERED_RCS", "DELIVERED_SMS_FALLBACK", "DELIVERED_OTHER",
            "LIKELY_DELIVERED", "FAILED", "PENDING");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String url(String path) {
        return SharedDemo.demo().baseUrl() + "/dashboard" + path;
    }

    private void signIn(String user) {
        browser.driver().get(url("/login"));
        browser.driver().findElement(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(SharedDemo.password(user));
        browser.driver().findElement(By.id("sign-in")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private List<Long> chartData(String id) {
        return chartSeries(id, 0).stream().map(Number::longValue).toList();
    }

    /** The numbers Chart.js drew as the chart's {@code dataset}-th series. */
    @SuppressWarnings("unchecked")
    private List<Number> chartSeries(String id, int dataset) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.Chart && Chart.getChart('chart-" + id + "') != null"));
        return (List<Number>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Chart.getChart('chart-" + id + "').data.datasets[" + dataset + "].data");
    }

    /**
     * The ledger's count per outcome for live traffic sent on the UTC days {@code first} to {@code last}
     * days ago — days before today, so the live traffic cannot move the numbers between page and query.
     */
    private static List<Long> ledgerCounts(int first, int last) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(first, ChronoUnit.DAYS);
        Instant to = today.minus(last - 1L, ChronoUnit.DAYS);
        return OUTCOMES.stream().map(o -> DemoProcess.count("select count(*) from message where origin in ('CASCADE', 'CALLBACK') "
                + "and outcome = '" + o + "' and sent_at >= " + sql(from) + " and sent_at < " + sql(to))).collect(Collectors.toList());
    }

    private static String sql(Instant instant) {
        return "TIMESTAMP WITH TIME ZONE '" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
                .format(instant.atOffset(java.time.ZoneOffset.UTC)) + "'";
    }

    private static String daysAgo(int days) {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(days).toString();
    }

    @Test
    void anAnalystSeesChartsThatMatchTheLedgerAndChangeWithTheRange() {
        signIn("analyst");
        browser.driver().get(url("/?range=custom&from=" + daysAgo(3) + "&to=" + daysAgo(1) + "&origin=live"));

        List<Long> week = chartData("outcome-split");

        assertThat(week).isEqualTo(ledgerCounts(3, 1));
        assertThat(week.stream().mapToLong(Long::longValue).sum()).isGreaterThan(1000);
        String sentTile = browser.driver().findElement(By.cssSelector("#tile-sent .count")).getText().replace(",", "");
        assertThat(Long.parseLong(sentTile)).isEqualTo(week.stream().mapToLong(Long::longValue).sum());
        List<String> tableCounts = browser.driver().findElements(By.cssSelector("table[data-chart='outcome-split'] tbody tr"))
                .stream().map(row -> row.findElements(By.tagName("td")).get(1).getAttribute("textContent")).toList();
        assertThat(tableCounts).isEqualTo(week.stream().map(String::valueOf).toList());
        browser.screenshot("overview-laptop");
        browser.fullPageScreenshot("overview-full");
        browser.size(390, 844);
        browser.screenshot("overview-phone");
        browser.size(1366, 900);

        WebElement from = browser.driver().findElement(By.name("from"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", from, daysAgo(1));
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("from=" + daysAgo(1)));
        List<Long> day = chartData("outcome-split");

        assertThat(day).isEqualTo(ledgerCounts(1, 1));
        assertThat(day).isNotEqualTo(week);
        assertThat(chartData("outcomes-over-time")).as("the stacked chart has its first series").isNotEmpty();
    }

    @Test
    void anAdminSendsATestToAnIphoneAndWatchesItFallBackToSms() {
        signIn("admin");
        browser.driver().get(url("/test-send"));
        WebElement phone = browser.driver().findElement(By.name("phone"));
        phone.sendKeys("+1 555 867 5360");
        WebElement external = browser.driver().findElement(By.name("externalId"));
        external.sendKeys("<script>alert('x')</script>");
        browser.screenshot("test-send-laptop");
        browser.driver().findElement(By.cssSelector("button.primary")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/dashboard/messages/"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBe(By.cssSelector("#outcome h2"), "Delivered by SMS fallback"));

        assertThat(browser.driver().findElement(By.cssSelector("#outcome")).getText())
                .contains("<script>alert('x')</script>").contains("+15558675360").contains("by admin");
        List<String> scopes = browser.driver().findElements(By.cssSelector(".timeline")).stream()
                .map(t -> t.getAttribute("data-scope")).toList();
        assertThat(scopes).startsWith("rcs", "sms");
        assertThat(browser.driver().findElement(By.cssSelector(".timeline[data-scope='rcs']")).getText()).contains("3056");
        assertThat(browser.driver().findElement(By.cssSelector(".timeline[data-scope='sms']")).getText()).contains("3000");
        assertThat(browser.driver().findElements(By.cssSelector("#callbacks details.receipt"))).isNotEmpty();
        browser.screenshot("message-laptop");
        browser.size(390, 844);
        browser.screenshot("message-phone");
    }

    @Test
    void wrongFieldsAreShownNextToThemAndNothingIsSent() {
        signIn("admin");
        long before = DemoProcess.count("select count(*) from message where origin = 'TEST'");
        browser.driver().get(url("/test-send"));
        browser.driver().findElement(By.name("phone")).sendKeys("12");
        WebElement url = browser.driver().findElement(By.name("url"));
        url.clear();
        url.sendKeys("not a url");
        browser.driver().findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-phone")));

        assertThat(browser.driver().findElement(By.id("error-phone")).getText()).contains("7 to 15 digits");
        assertThat(browser.driver().findElement(By.id("error-url")).getText()).contains("http");
        assertThat(DemoProcess.count("select count(*) from message where origin = 'TEST'")).isEqualTo(before);
    }

    @Test
    void anAnalystSeesMaskedNumbersAndNoAdminPages() {
        signIn("analyst");
        browser.driver().get(url("/messages?range=7d"));
        List<String> phones = browser.driver().findElements(By.cssSelector("#messages tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).toList();

        assertThat(phones).isNotEmpty().allSatisfy(p -> assertThat(p).matches("…\\d{4}|—"));
        assertThat(browser.driver().findElements(By.linkText("Test send"))).isEmpty();
        browser.screenshot("messages-laptop");
        browser.driver().get(url("/test-send"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        browser.driver().get(url("/advisor?range=7d"));
        long deliveries = chartData("advisor-rcs-time-to-delivery").stream().mapToLong(Long::longValue).sum();
        List<Number> cumulative = chartSeries("advisor-rcs-time-to-delivery", 1);
        assertThat(deliveries).isPositive();
        assertThat(cumulative.get(cumulative.size() - 1).doubleValue()).isEqualTo(100.0);
        assertThat(browser.driver().findElement(By.id("advice")).getText())
                .contains(String.format(Locale.ROOT, "Of %,d RCS deliveries", deliveries));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return Chart.getChart('chart-advisor-rcs-time-to-delivery').options.animation"))
                .as("reduced motion asked for, charts drawn at once").isEqualTo(false);
        browser.screenshot("advisor-laptop");
        browser.size(390, 844);
        browser.screenshot("advisor-phone");
    }

    @Test
    void anAdminSeesTheCallbacksPage() {
        signIn("admin");
        browser.driver().get(url("/callbacks"));

        assertThat(browser.driver().findElement(By.id("receipts-applied")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#receipts tbody tr"))).isNotEmpty();
        browser.screenshot("callbacks-laptop");
    }
}
