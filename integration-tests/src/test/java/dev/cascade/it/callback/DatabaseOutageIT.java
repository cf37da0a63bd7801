package dev.cascade.it.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.Reports;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away (PostgreSQL really stopped) and comes back. While it is gone, callbacks are
 * answered 503 with Retry-After — never 200 — and the node reports itself not ready; once it is back,
 * Telesign's re-send is stored. Runs in the PostgreSQL execution only (failsafe excludes it on H2).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return CascadeDeployment.ear();
    }

    @Test
    void whileTheDatabaseIsDownCallbacksAre503AndTheResendIsStoredAfterwards() throws Exception {
        String ref = Reports.newReference();
        byte[] body = Reports.guideCallback(ref);
        assertThat(CallbackClient.postSigned(Reports.guideCallback(Reports.newReference())).statusCode())
                .as("a callback is stored while the database is up").isEqualTo(200);

        run(ItConfig.property("cascade.db.stop-command"));
        try {
            HttpResponse<String> duringOutage = CallbackClient.postSigned(body);

            assertThat(duringOutage.statusCode()).as(duringOutage.body()).isEqualTo(503);
            assertThat(duringOutage.headers().firstValue("Retry-After")).isPresent();
            assertThat(CallbackClient.json(duringOutage).get("type").asText()).endsWith("/ledger-unavailable");
            assertThat(readiness().statusCode()).isEqualTo(503);
        } finally {
            run(ItConfig.property("cascade.db.start-command"));
        }

        await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofSeconds(1))
                .until(() -> readiness().statusCode() == 200);
        // Telesign re-sends on non-2xx; so does this test, until stored.
        await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofSeconds(2))
                .until(() -> CallbackClient.postSigned(body).statusCode() == 200);
        assertThat(LedgerTables.message(ref)).containsEntry("outcome", "DELIVERED_SMS_FALLBACK");
        assertThat(LedgerTables.receipts(ref)).extracting(r -> r.get("verdict")).containsExactly("APPLIED");
    }

    private static HttpResponse<String> readiness() {
        return CallbackClient.send(HttpRequest.newBuilder(ItConfig.managementUrl().resolve("/health/ready")).GET().build());
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("`%s` failed: %s", command, output).isZero();
    }
}
