package dev.cascade.it.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.LedgerTables.Counts;
import dev.cascade.it.support.Reports;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.callback.CallbackSignatures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unsigned, forged and malformed callbacks: a precise 4xx in problem+json, and nothing in the ledger's
 * messages, channels or history (the refusal itself is kept as a rejected receipt for operators).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackBadInputIT {

    private static final Credentials ANOTHER_ACCOUNT = new Credentials("00000000-1111-2222-3333-444444444444",
            "c29tZSBvdGhlciBhY2NvdW50J3Mga2V5LCBub3Qgb3VycyEh");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return CascadeDeployment.ear();
    }

    private static Map<String, String> json(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return all;
    }

    /** Posts, and checks the answer is the given problem and the ledger did not move. */
    private static JsonNode refused(byte[] body, Map<String, String> headers, int status, String type) {
        Counts before = LedgerTables.counts();

        HttpResponse<String> response = CallbackClient.post(body, headers);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = CallbackClient.json(response);
        assertThat(problem.get("type").asText()).endsWith("/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        Counts after = LedgerTables.counts();
        assertThat(after.messages()).isEqualTo(before.messages());
        assertThat(after.channels()).isEqualTo(before.channels());
        assertThat(after.history()).isEqualTo(before.history());
        return problem;
    }

    @Test
    void aSignatureFromAnotherAccountsKeyIsRefused() {
        String ref = Reports.newReference();
        byte[] body = Reports.guideCallback(ref);
        String forged = "TSA " + dev.cascade.it.support.ItConfig.account().customerId() + ":"
                + new CallbackSignatures(ANOTHER_ACCOUNT).sign(body);

        JsonNode problem = refused(body, json(Map.of("Authorization", forged, "X-TS-Authorization", forged)), 401, "signature-invalid");

        assertThat(problem.get("detail").asText()).contains("does not match the body");
        assertThat(LedgerTables.message(ref)).isEmpty();
        assertThat(LedgerTables.receipts(ref)).singleElement().satisfies(r -> {
            assertThat(r.get("verdict")).isEqualTo("REJECTED");
            assertThat((String) r.get("reason")).contains("signature-invalid");
        });
    }

    @Test
    void aCallbackWithoutSignatureIsRefused() {
        JsonNode problem = refused(Reports.guideCallback(Reports.newReference()), json(Map.of()), 401, "signature-invalid");

        assertThat(problem.get("detail").asText()).contains("no Authorization or X-TS-Authorization header");
    }

    @Test
    void aBodyAlteredAfterSigningIsRefused() {
        String ref = Reports.newReference();
        byte[] genuine = Reports.guideCallback(ref);
        Map<String, String> headers = json(CallbackClient.signatures().headersFor(genuine));
        byte[] altered = new String(genuine, StandardCharsets.UTF_8).replace("3056", "3000").getBytes(StandardCharsets.UTF_8);

        refused(altered, headers, 401, "signature-invalid");
    }

    @Test
    void aMalformedAuthorizationHeaderIsRefused() {
        refused(Reports.guideCallback(Reports.newReference()), json(Map.of("Authorization", "Bearer abc.def")), 401, "signature-invalid");
    }

    @Test
    void malformedJsonIsABadRequest() {
        byte[] body = "{\"reference_id\": \"ABC\", \"status\": {".getBytes(StandardCharsets.UTF_8);

        JsonNode problem = refused(body, json(CallbackClient.signatures().headersFor(body)), 400, "malformed-callback");

        assertThat(problem.get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void aMissingReferenceIdIsABadRequestNamingTheField() {
        byte[] body = "{\"status\": {\"code\": 3000, \"description\": \"Delivered\"}}".getBytes(StandardCharsets.UTF_8);

        JsonNode problem = refused(body, json(CallbackClient.signatures().headersFor(body)), 400, "malformed-callback");

        assertThat(problem.get("field").asText()).isEqualTo("reference_id");
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequestNamingTheField() {
        String ref = Reports.newReference();
        byte[] body = ("{\"reference_id\": \"" + ref + "\", \"channel_status\": [{\"sms\": {\"code\": \"delivered\"}}]}")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode problem = refused(body, json(CallbackClient.signatures().headersFor(body)), 400, "malformed-callback");

        assertThat(problem.get("field").asText()).isEqualTo("channel_status[0].sms.code");
        assertThat(LedgerTables.message(ref)).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String ref = Reports.newReference();
        String padding = "x".repeat(70_000);
        byte[] body = ("{\"reference_id\": \"" + ref + "\", \"padding\": \"" + padding + "\", \"status\": {\"code\": 3000}}")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode problem = refused(body, json(CallbackClient.signatures().headersFor(body)), 413, "payload-too-large");

        assertThat(problem.get("detail").asText()).contains("65536");
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsUnsupported() {
        byte[] body = Reports.guideCallback(Reports.newReference());
        Map<String, String> headers = new LinkedHashMap<>(CallbackClient.signatures().headersFor(body));
        headers.put("Content-Type", "application/x-www-form-urlencoded");

        refused(body, headers, 415, "unsupported-media-type");
    }

    @Test
    void readingTheCallbackUrlIsNotAllowed() {
        HttpResponse<String> response = CallbackClient.send(HttpRequest.newBuilder(CallbackClient.CALLBACK_URL).GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
