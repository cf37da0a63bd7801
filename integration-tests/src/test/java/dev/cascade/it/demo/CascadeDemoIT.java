package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./cascade demo} as a new user runs it: it starts, becomes ready, its callback URL answers,
 * the traffic generator's messages travel through the simulator and land in the ledger, and Ctrl-C
 * (SIGTERM here) stops WildFly. Runs in its own failsafe execution, on ports 18080/19990.
 */
class CascadeDemoIT {

    private static final int PORT = 18080;
    private static final int MANAGEMENT = PORT + 1910;
    private static final Path ROOT = Path.of(System.getProperty("cascade.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process demo;

    @AfterEach
    void stopDemo() throws InterruptedException {
        if (demo != null && demo.isAlive()) {
            demo.destroy();
            demo.waitFor();
        }
    }

    @Test
    void theDemoStartsSendsStoresAndStopsCleanly() throws Exception {
        Path log = Files.createDirectories(ROOT.resolve("integration-tests/target")).resolve("cascade-demo.log");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("cascade").toString(), "demo",
                "--port", String.valueOf(PORT), "--traffic", "120", "--compression", "300")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("TELESIGN_CUSTOMER_ID");
        builder.environment().remove("TELESIGN_API_KEY");
        builder.environment().remove("TELESIGN_BASE_URL");
        demo = builder.start();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .failFast("./cascade demo exited: " + tail(log), () -> !demo.isAlive())
                .until(() -> Files.readString(log).contains("Cascade is running"));
        long wildflyPid = Long.parseLong(Files.readString(ROOT.resolve("target/demo/wildfly.pid")).trim());

        HttpResponse<String> callbackUrl = get("http://127.0.0.1:" + PORT + "/callbacks/telesign");
        assertThat(callbackUrl.statusCode()).as("the callback URL answers (GET is not allowed there)").isEqualTo(405);
        assertThat(get("http://127.0.0.1:" + MANAGEMENT + "/health/ready").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> count("select count(*) from message where origin = 'CASCADE' and outcome in "
                        + "('DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK')") >= 2);
        assertThat(count("select count(*) from callback_receipt where verdict = 'REJECTED'"))
                .as("the simulator's callbacks are signed with the account the demo configured").isZero();
        assertThat(count("select count(*) from message where origin <> 'CASCADE'"))
                .as("every demo message is recorded as Cascade's, even when its first callback beat the record").isZero();
        assertThat(get("http://127.0.0.1:" + MANAGEMENT + "/health/ready").body()).contains("\"callbacks-applied\"");

        demo.destroy(); // SIGTERM, like Ctrl-C: the launcher stops WildFly and exits
        assertThat(demo.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).as("the launcher exits").isTrue();
        assertThat(Files.readString(log)).contains("== stopped");
        Optional<ProcessHandle> wildfly = ProcessHandle.of(wildflyPid);
        assertThat(wildfly.map(ProcessHandle::isAlive).orElse(false)).as("WildFly is gone").isFalse();
        assertThat(portOpen(PORT)).as("nothing listens on %d any more", PORT).isFalse();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The demo's H2 ledger, opened alongside WildFly (AUTO_SERVER). */
    private static long count(String sql) throws SQLException {
        String url = "jdbc:h2:file:" + ROOT.resolve("target/demo/data/cascade/cascade")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "sa"); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
