package dev.cascade.it.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.Reports;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The callback endpoint in the deployed EAR: what Telesign sees, and what lands in the ledger. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackEndpointIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return CascadeDeployment.ear();
    }

    @Test
    void guidesCallbackIsStoredAsDeliveredBySmsFallback() {
        String ref = Reports.newReference();

        HttpResponse<String> response = CallbackClient.postSigned(Reports.guideCallback(ref));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(CallbackClient.json(response).get("verdict").asText()).isEqualTo("APPLIED");
        Map<String, Object> message = LedgerTables.message(ref);
        assertThat(message.get("outcome")).isEqualTo("DELIVERED_SMS_FALLBACK");
        assertThat(message.get("origin")).isEqualTo("CALLBACK");
        assertThat(message.get("status_code")).isEqualTo(3000);
        assertThat(message.get("last_channel")).isEqualTo("sms");
        assertThat(message.get("external_id")).as("the string \"null\" is no external id").isNull();
        List<Map<String, Object>> channels = LedgerTables.channels(ref);
        assertThat(channels).extracting(c -> c.get("channel"), c -> c.get("code"), c -> c.get("channel_reference_id"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rcs", 3056, "65C77D4A6C5C09085694EFB6C554D2BF"),
                        org.assertj.core.groups.Tuple.tuple("sms", 3000, "65C77D4A6C5C09085694EFB6C558B4C7"));
        assertThat(LedgerTables.history(ref)).hasSize(3);
        assertThat(LedgerTables.receipts(ref)).extracting(r -> r.get("verdict")).containsExactly("APPLIED");
    }

    @Test
    void theSameCallbackAgainIsAcknowledgedAndAddsNoHistory() {
        String ref = Reports.newReference();
        byte[] body = Reports.guideCallback(ref);
        CallbackClient.postSigned(body);
        List<Map<String, Object>> history = LedgerTables.history(ref);

        HttpResponse<String> again = CallbackClient.postSigned(body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(CallbackClient.json(again).get("verdict").asText()).isEqualTo("DUPLICATE");
        assertThat(LedgerTables.history(ref)).isEqualTo(history);
        assertThat(LedgerTables.channels(ref)).hasSize(2);
        assertThat(LedgerTables.receipts(ref)).extracting(r -> r.get("verdict")).containsExactly("APPLIED", "DUPLICATE");
    }

    @Test
    void anUnknownReferenceIdIsStoredAsSeenOnlyInCallbacks() {
        String ref = Reports.newReference();
        Instant t0 = Instant.parse("2026-11-27T10:00:00Z");

        HttpResponse<String> response = CallbackClient.postSigned(Reports.forMessage(ref)
                .status(3001, "rcs", t0).channel("rcs", 3001, t0).bytes());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LedgerTables.message(ref)).containsEntry("origin", "CALLBACK").containsEntry("outcome", "PENDING");
    }

    @Test
    void anUnreadableTimestampIsStoredWithTheReceiveTimeAndFlagged() {
        String ref = Reports.newReference();
        String body = """
                {"reference_id": "%s", "external_id": "order-77",
                 "status": {"code": 3000, "description": "Delivered", "last_channel": "rcs", "updated_on": "yesterday-ish"},
                 "channel_status": [{"rcs": {"code": 3000, "description": "Delivered", "updated_on": "2026-13-45 99:00:00"}}]}
                """.formatted(ref);

        HttpResponse<String> response = CallbackClient.postSigned(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(LedgerTables.message(ref)).containsEntry("flagged", true).containsEntry("outcome", "DELIVERED_RCS")
                .containsEntry("external_id", "order-77");
        assertThat(LedgerTables.channels(ref)).singleElement().satisfies(c -> assertThat(c.get("time_estimated")).isEqualTo(true));
        assertThat(LedgerTables.receipts(ref)).singleElement()
                .satisfies(r -> assertThat((String) r.get("warnings")).contains("unreadable timestamp"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        HttpResponse<String> ready = CallbackClient.send(HttpRequest.newBuilder(ItConfig.managementUrl().resolve("/health/ready")).GET().build());

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("cascade-ledger-database").contains("\"status\":\"UP\"");
    }
}
