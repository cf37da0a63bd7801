package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoProcess;
import dev.cascade.it.support.SharedDemo;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-user test-send limit (10 a minute in the demo) over HTTP. It uses up the admin's minute, so it
 * runs after every other test that sends, just before {@code SecretsIT} looks over the whole run and the
 * demo is stopped.
 */
@ExtendWith(SharedDemo.class)
@Order(Integer.MAX_VALUE - 2)
class TestSendLimitIT {

    /** The simulator refuses this number with 400/3102: each try takes a slot but leaves no message behind. */
    private static final String REFUSED_NUMBER = "15550100400";

    @Test
    void theEleventhSendInAMinuteIsRefusedWithTheWaitAndNothingIsSent() {
        DashboardSession admin = SharedDemo.signedIn("admin");
        long messagesBefore = DemoProcess.count("select count(*) from message where origin = 'TEST'");

        HttpResponse<String> answer = null;
        int tries = 0;
        // Earlier tests may have used some of this minute's ten slots: send until refused, at most eleven times.
        while (tries < 11) {
            answer = admin.post("/test-send", Map.of("phone", REFUSED_NUMBER, "messageType", "ARN", "rcsText", "Hello",
                    "url", "https://example.com/", "urlText", "Open", "linkId", "limit", "fallbackTime", "300",
                    "smsText", "Hello", "externalId", "", "_csrf", admin.csrf("/test-send")));
            tries++;
            if (answer.statusCode() != 502) {
                break;
            }
            assertThat(answer.body()).contains("code 3102");
        }

        assertThat(answer.statusCode()).as("after %d tries", tries).isEqualTo(429);
        assertThat(answer.body()).containsPattern("test-send limit; try again in \\d+ s");
        assertThat(answer.body()).as("the form keeps what was typed").contains("value=\"" + REFUSED_NUMBER + "\"");
        assertThat(DemoProcess.count("select count(*) from message where origin = 'TEST'")).isEqualTo(messagesBefore);
    }
}
