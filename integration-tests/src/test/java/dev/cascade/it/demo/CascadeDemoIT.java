package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.SharedDemo;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./cascade demo} as a new user runs it: it started (SharedDemo), is ready, its callback URL
 * answers, the traffic generator's messages travel through the simulator and land in the ledger, and
 * Ctrl-C (SIGTERM here) stops WildFly. Runs last in the demo's failsafe execution: it ends the demo.
 */
@ExtendWith(SharedDemo.class)
@Order(Integer.MAX_VALUE)
class CascadeDemoIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theDemoStartsSendsStoresAndStopsCleanly() throws Exception {
        Instant testStart = Instant.now();
        DemoProcess demo = SharedDemo.demo();
        long wildflyPid = demo.wildflyPid();

        HttpResponse<String> callbackUrl = get(demo.baseUrl() + "/callbacks/telesign");
        assertThat(callbackUrl.statusCode()).as("the callback URL answers (GET is not allowed there)").isEqualTo(405);
        assertThat(get("http://127.0.0.1:" + demo.managementPort() + "/health/ready").statusCode()).isEqualTo(200);
        assertThat(get(demo.baseUrl() + "/dashboard/login").statusCode()).as("the dashboard's sign-in page").isEqualTo(200);

        String sinceStart = " and first_seen_at >= TIMESTAMP WITH TIME ZONE '" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
                .format(testStart.atOffset(ZoneOffset.UTC)) + "'";
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> DemoProcess.count("select count(*) from message where origin = 'CASCADE' and outcome in "
                        + "('DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK')" + sinceStart) >= 2);
        // Other tests post refused callbacks on purpose (XssIT); none of them is about one of the demo's own messages.
        assertThat(DemoProcess.count("select count(*) from callback_receipt where verdict = 'REJECTED' and reason like '401%' "
                + "and reference_id in (select reference_id from message where origin = 'CASCADE')"))
                .as("the simulator's callbacks are signed with the account the demo configured").isZero();
        assertThat(DemoProcess.count("select count(*) from message where origin = 'CALLBACK'" + sinceStart))
                .as("every demo message is recorded as Cascade's, even when its first callback beat the record").isZero();
        assertThat(get("http://127.0.0.1:" + demo.managementPort() + "/health/ready").body()).contains("\"callbacks-applied\"");

        assertThat(demo.stop()).as("the launcher exits on SIGTERM, like on Ctrl-C").isTrue();
        assertThat(demo.output()).contains("== stopped");
        Optional<ProcessHandle> wildfly = ProcessHandle.of(wildflyPid);
        assertThat(wildfly.map(ProcessHandle::isAlive).orElse(false)).as("WildFly is gone").isFalse();
        assertThat(portOpen(SharedDemo.PORT)).as("nothing listens on %d any more", SharedDemo.PORT).isFalse();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
