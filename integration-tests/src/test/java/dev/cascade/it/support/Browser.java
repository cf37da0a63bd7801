package dev.cascade.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, from the system's packages (never downloaded): a missing
 * browser fails the test with the command that installs it.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Chromium is missing: apt-get install chromium chromium-driver (.ci/run does)");
        }
        try {
            profile = Files.createTempDirectory("cascade-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Like a user who asked for reduced motion: charts are drawn finished, so a screenshot shows
        // the real bars rather than a frame of their animation.
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG under target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, top to bottom, at the window's current width (the README's screenshot). */
    public Path fullPageScreenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        // The window is taller than the page's viewport by the browser's own chrome; 200 px covers it.
        size(window.getWidth(), height.intValue() + 200);
        try {
            return screenshot(name);
        } finally {
            size(window.getWidth(), window.getHeight());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
