package dev.cascade.simulator.api;

import static dev.cascade.simulator.testing.Fixtures.ACCOUNT;
import static dev.cascade.simulator.testing.Fixtures.WRONG_KEY;
import static dev.cascade.simulator.testing.Fixtures.bytes;
import static dev.cascade.simulator.testing.Fixtures.guideRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.simulator.auth.IncomingRequest;
import dev.cascade.simulator.auth.NonceRegistry;
import dev.cascade.simulator.auth.RequestAuthenticator;
import dev.cascade.simulator.delivery.CallbackPlayer;
import dev.cascade.simulator.delivery.MessageStore;
import dev.cascade.simulator.delivery.ReferenceIds;
import dev.cascade.simulator.delivery.RetrySchedule;
import dev.cascade.simulator.delivery.Switchboard;
import dev.cascade.simulator.delivery.TimeCompression;
import dev.cascade.simulator.delivery.TimelinePlanner;
import dev.cascade.simulator.delivery.TimelineSettings;
import dev.cascade.simulator.limits.RateLimiter;
import dev.cascade.simulator.testing.RecordingSender;
import dev.cascade.simulator.testing.VirtualTime;
import dev.cascade.telesign.auth.BasicAuthenticator;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.OutgoingRequest;
import dev.cascade.telesign.auth.TsaAuthenticator;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.json.TelesignJson;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OmnichannelApiTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final String PATH = "/v1/omnichannel";

    private final VirtualTime time = new VirtualTime(T0);
    private final RecordingSender receiver = new RecordingSender(time::now);
    private final AtomicNanos nanos = new AtomicNanos();

    @Test
    void theGuidesRequestIsAcceptedWithAFreshReferenceIdAndStatus3001() throws IOException {
        TelesignAnswer answer = api(0).send(post(bytes(guideRequest()), basic(ACCOUNT)));

        assertThat(answer.httpStatus()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.fieldNames()).toIterable().containsExactly("reference_id", "status", "external_id");
        assertThat(body.get("reference_id").textValue()).matches("[0-9A-F]{32}");
        assertThat(body.get("status").toString()).isEqualTo("{\"code\":3001,\"description\":\"Message in progress\"}");
        assertThat(body.get("external_id").isNull()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"15550100400, 400, 3102", "15550100401, 401, 3400",
            "15550100429, 429, 3204", "15550100503, 503, 3500"})
    void testNumbersAreRefusedOnPurposeAndPlayNothing(String phone, int status, int code) throws IOException {
        ObjectNode request = guideRequest();
        request.put("phone_number", phone);

        TelesignAnswer answer = api(0).send(post(bytes(request), basic(ACCOUNT)));
        time.runAll();

        assertThat(answer.httpStatus()).isEqualTo(status);
        assertThat(json(answer).at("/status/code").asInt()).isEqualTo(code);
        assertThat(receiver.posts()).isEmpty();
    }

    @Test
    void theExternalIdIsEchoedAndTheCallbacksStart() throws IOException {
        ObjectNode request = guideRequest();
        request.put("external_id", "order-1042");

        TelesignAnswer answer = api(0).send(post(bytes(request), basic(ACCOUNT)));
        time.runAll();

        assertThat(json(answer).get("external_id").textValue()).isEqualTo("order-1042");
        assertThat(receiver.posts()).isNotEmpty();
        assertThat(receiver.posts()).allSatisfy(p -> assertThat(new CallbackSignatures(ACCOUNT)
                .verify(p.body(), p.headers().get("Authorization"), null).isValid()).isTrue());
    }

    @Test
    void aWrongKeyIsAnsweredNotAuthorized() throws IOException {
        ObjectNode request = guideRequest();
        request.put("external_id", "order-7");

        TelesignAnswer answer = api(0).send(post(bytes(request), basic(WRONG_KEY)));

        assertThat(answer.httpStatus()).isEqualTo(401);
        assertThat(json(answer).toString())
                .isEqualTo("{\"status\":{\"code\":3400,\"description\":\"Not authorized\"},\"external_id\":\"order-7\"}");
        assertThat(receiver.posts()).isEmpty();
    }

    @Test
    void tsaSignedRequestsAreAccepted() {
        byte[] body = bytes(guideRequest());
        Map<String, String> headers = new LinkedHashMap<>(new TsaAuthenticator(ACCOUNT, time.clock(), () -> "n-1")
                .headers(new OutgoingRequest("POST", PATH, "application/json", body)));
        headers.put("Content-Type", "application/json");

        assertThat(api(0).send(post(body, headers)).httpStatus()).isEqualTo(200);
    }

    @Test
    void aBrokenRuleIsAnswered400WithTelesignsCodeAReferenceIdAndADetailHeader() throws IOException {
        ObjectNode request = guideRequest();
        request.put("external_id", "order-8");
        ((ObjectNode) request.get("channels").get(1)).put("channel", "fax");

        TelesignAnswer answer = api(0).send(post(bytes(request), basic(ACCOUNT)));

        assertThat(answer.httpStatus()).isEqualTo(400);
        JsonNode body = json(answer);
        assertThat(body.fieldNames()).toIterable().containsExactly("reference_id", "status", "external_id");
        assertThat(body.get("status").get("code").intValue()).isEqualTo(3113);
        assertThat(body.get("status").get("description").textValue()).startsWith("Invalid value for parameter channel: [");
        assertThat(body.get("external_id").textValue()).isEqualTo("order-8");
        assertThat(answer.headers()).containsKey(Answers.DETAIL_HEADER);
        assertThat(answer.headers().get(Answers.DETAIL_HEADER)).contains("channels[1].channel");
    }

    @Test
    void aBodyOverTenKilobytesIsAnswered413BeforeAuthentication() throws IOException {
        byte[] huge = ("{\"padding\": \"" + "x".repeat(10 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        TelesignAnswer answer = api(0).send(post(huge, Map.of()));

        assertThat(answer.httpStatus()).isEqualTo(413);
        assertThat(json(answer).toString()).isEqualTo("{\"status\":{\"code\":3116,\"description\":\"Payload limit size exceeded\"}}");
        assertThat(api(0).tooLarge()).isEqualTo(answer);
    }

    @Test
    void overTheRateLimitIsAnswered429WithRetryAfter() throws IOException {
        OmnichannelApi api = api(1);
        assertThat(api.send(post(bytes(guideRequest()), basic(ACCOUNT))).httpStatus()).isEqualTo(200);

        TelesignAnswer answer = api.send(post(bytes(guideRequest()), basic(ACCOUNT)));

        assertThat(answer.httpStatus()).isEqualTo(429);
        assertThat(json(answer).get("status").get("code").intValue()).isEqualTo(3204);
        assertThat(json(answer).get("status").get("description").textValue()).isEqualTo("Rate limit exceeded");
        assertThat(answer.headers()).containsEntry("Retry-After", "1");
        nanos.add(Duration.ofSeconds(1));
        assertThat(api.send(post(bytes(guideRequest()), basic(ACCOUNT))).httpStatus()).isEqualTo(200);
    }

    @Test
    void aStatusLookupAnswersTheLatestReportInTheCallbacksShape() throws IOException {
        OmnichannelApi api = api(0);
        String referenceId = json(api.send(post(bytes(guideRequest()), basic(ACCOUNT)))).get("reference_id").textValue();
        time.runAll();

        TelesignAnswer answer = api.status(referenceId.toLowerCase(java.util.Locale.ROOT), get(referenceId, basic(ACCOUNT)));

        assertThat(answer.httpStatus()).isEqualTo(200);
        List<RecordingSender.Post> posts = receiver.posts();
        assertThat(answer.body()).isEqualTo(posts.get(posts.size() - 1).body());
    }

    @Test
    void aStatusLookupIsAuthenticatedToo() {
        Map<String, String> tsa = new TsaAuthenticator(ACCOUNT, time.clock(), () -> "n-get")
                .headers(OutgoingRequest.get(PATH + "/0123456789ABCDEF0123456789ABCDEF"));

        assertThat(api(0).status("0123456789ABCDEF0123456789ABCDEF", get("0123456789ABCDEF0123456789ABCDEF", tsa))
                .httpStatus()).isEqualTo(404);
        assertThat(api(0).status("0123456789ABCDEF0123456789ABCDEF", get("0123456789ABCDEF0123456789ABCDEF", basic(WRONG_KEY)))
                .httpStatus()).isEqualTo(401);
    }

    @Test
    void unknownReferenceIdsAre404AndMalformedOnes400() throws IOException {
        TelesignAnswer unknown = api(0).status("0123456789ABCDEF0123456789ABCDEF", get("x", basic(ACCOUNT)));
        TelesignAnswer malformed = api(0).status("not-a-reference", get("x", basic(ACCOUNT)));

        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(json(unknown).toString()).isEqualTo("{\"status\":{\"code\":-10004,\"description\":\"ReferenceID expired.\"}}");
        assertThat(malformed.httpStatus()).isEqualTo(400);
        assertThat(json(malformed).get("status").get("code").intValue()).isEqualTo(3311);
    }

    private OmnichannelApi api(double rateLimit) {
        ReferenceIds ids = new ReferenceIds();
        CallbackSignatures signatures = new CallbackSignatures(ACCOUNT);
        CallbackPlayer player = new CallbackPlayer(time, receiver, signatures::headersFor, new TimeCompression(300),
                RetrySchedule.TELESIGN, time.clock());
        Switchboard switchboard = new Switchboard(new TimelinePlanner(TimelineSettings.DEFAULTS, ids), player,
                new MessageStore(Duration.ofHours(12), 1000), ids, URI.create("http://localhost:8080/callbacks/telesign"),
                time.clock());
        RequestAuthenticator authenticator = new RequestAuthenticator(Optional.of(ACCOUNT), time.clock(),
                Duration.ofMinutes(15), new NonceRegistry(Duration.ofMinutes(15)));
        return new OmnichannelApi(authenticator, new RateLimiter(rateLimit, nanos::get), switchboard, ids);
    }

    private static IncomingRequest post(byte[] body, Map<String, String> headers) {
        return new IncomingRequest("POST", List.of(PATH), headers, body);
    }

    private static IncomingRequest get(String referenceId, Map<String, String> headers) {
        return new IncomingRequest("GET", List.of(PATH + "/" + referenceId), headers, new byte[0]);
    }

    private static Map<String, String> basic(Credentials credentials) {
        return new BasicAuthenticator(credentials).headers(OutgoingRequest.get(PATH));
    }

    private static JsonNode json(TelesignAnswer answer) throws IOException {
        return TelesignJson.read(answer.body());
    }

    /** A nano clock tests move by hand. */
    private static final class AtomicNanos {
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        long get() {
            return nanos.get();
        }

        void add(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }
}
