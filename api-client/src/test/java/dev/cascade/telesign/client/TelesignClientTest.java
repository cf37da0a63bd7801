package dev.cascade.telesign.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.testing.ClosedPort;
import dev.cascade.telesign.testing.Fixtures;
import dev.cascade.telesign.testing.Hmac;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TelesignClientTest {

    private static final String GUIDE_REF = "35C8B5D509BC10689196FED2AD551B8A";

    @RegisterExtension
    static WireMockExtension telesign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TelesignClient client(AuthScheme scheme) {
        return TelesignClient.builder(SDK_ACCOUNT).baseUrl(telesign.baseUrl()).authScheme(scheme)
                .retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofMillis(500)).build();
    }

    private static void answerSendWith(int status, String body) {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static TelesignException sendFailure() {
        TelesignClient client = TelesignClient.builder(SDK_ACCOUNT).baseUrl(telesign.baseUrl())
                .retryPolicy(RetryPolicy.none()).build();
        try {
            client.send(Fixtures.guideRequest());
        } catch (TelesignException e) {
            return e;
        }
        throw new AssertionError("the send succeeded");
    }

    @Test
    void sendsTheGuidesRequestExactlyWithBasicAuth() throws Exception {
        answerSendWith(200, new String(Fixtures.bytes("guide-response.json"), StandardCharsets.UTF_8));

        SendResult result = client(AuthScheme.BASIC).send(Fixtures.guideRequest());

        assertThat(result.referenceId()).isEqualTo(ReferenceId.of(GUIDE_REF));
        assertThat(result.status()).isEqualTo(StatusCode.IN_PROGRESS);
        assertThat(result.description()).isEqualTo("Message in progress");
        assertThat(result.externalId()).isEmpty();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (SDK_ACCOUNT.customerId() + ":" + SDK_ACCOUNT.apiKey()).getBytes(StandardCharsets.UTF_8));
        telesign.verify(1, postRequestedFor(urlEqualTo("/v1/omnichannel"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Authorization", equalTo(basic))
                .withRequestBody(equalToJson(new String(Fixtures.bytes("guide-request.json"), StandardCharsets.UTF_8),
                        false, false)));
    }

    @Test
    void tsaHeadersMatchASignatureRecomputedIndependently() throws Exception {
        answerSendWith(200, new String(Fixtures.bytes("guide-response.json"), StandardCharsets.UTF_8));

        client(AuthScheme.TSA).send(Fixtures.guideRequest());

        LoggedRequest request = telesign.findAll(postRequestedFor(urlEqualTo("/v1/omnichannel"))).get(0);
        String date = request.getHeader("Date");
        String nonce = request.getHeader("x-ts-nonce");
        String toSign = "POST\napplication/json\n" + date + "\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:" + nonce
                + "\n" + request.getBodyAsString() + "\n/v1/omnichannel";
        assertThat(request.getHeader("x-ts-auth-method")).isEqualTo("HMAC-SHA256");
        assertThat(date).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("TSA " + SDK_ACCOUNT.customerId() + ":" + Hmac.base64(SDK_ACCOUNT.apiKey(), toSign));
    }

    @Test
    void aBaseUrlPathIsKeptInTheUrlButTheSignatureCoversTheApiPath() throws Exception {
        telesign.stubFor(post("/telesign-simulator/v1/omnichannel").willReturn(aResponse().withStatus(200)
                .withBody(new String(Fixtures.bytes("guide-response.json"), StandardCharsets.UTF_8))));
        TelesignClient client = TelesignClient.builder(SDK_ACCOUNT).baseUrl(telesign.baseUrl() + "/telesign-simulator/")
                .authScheme(AuthScheme.TSA).build();

        client.send(Fixtures.guideRequest());

        LoggedRequest request = telesign.findAll(postRequestedFor(urlEqualTo("/telesign-simulator/v1/omnichannel"))).get(0);
        String toSign = "POST\napplication/json\n" + request.getHeader("Date") + "\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:"
                + request.getHeader("x-ts-nonce") + "\n" + request.getBodyAsString() + "\n/v1/omnichannel";
        assertThat(request.getHeader("Authorization")).endsWith(":" + Hmac.base64(SDK_ACCOUNT.apiKey(), toSign));
    }

    @Test
    void anInvalidRequestIsNeverSent() {
        TelesignClient client = client(AuthScheme.BASIC);

        assertThatThrownBy(() -> client.send(Fixtures.guideRequest().toBuilder().phoneNumber("12").build()))
                .isInstanceOf(RequestValidationException.class)
                .satisfies(e -> assertThat(((RequestValidationException) e).violations()).hasSize(1))
                .hasMessageContaining("phone_number");
        assertThat(telesign.getAllServeEvents()).isEmpty();
    }

    @Test
    void badRequestCarriesTelesignsCode() {
        answerSendWith(400, "{\"status\": {\"code\": 3102, \"description\": \"Invalid or missing parameter: channels\"}}");

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.telesignCode()).contains(StatusCode.of(3102));
        assertThat(((InvalidRequestException) e).description()).isEqualTo("Invalid or missing parameter: channels");
        assertThat(e.referenceId()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Telesign answered HTTP 400 with code 3102: Invalid or missing parameter: channels");
    }

    @Test
    void unauthorizedIsAnAuthenticationErrorThatNeverShowsTheKey() {
        answerSendWith(401, "{\"status\": {\"code\": 3400, \"description\": \"Not authorized\"}, \"reference_id\": \"" + GUIDE_REF + "\"}");

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.telesignCode()).contains(StatusCode.of(3400));
        assertThat(e.referenceId()).contains(ReferenceId.of(GUIDE_REF));
        assertThat(e.getMessage()).doesNotContain(SDK_ACCOUNT.apiKey()).doesNotContain(SDK_ACCOUNT.customerId());
    }

    @Test
    void tooLargeIsItsOwnCategory() {
        answerSendWith(413, "{\"status\": {\"code\": 3116}}");

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(PayloadTooLargeException.class);
        assertThat(((PayloadTooLargeException) e).description()).isEqualTo("Request too large");
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"status\": {\"code\": 3204, \"description\": \"Rate limit exceeded\"}}")));

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.telesignCode()).contains(StatusCode.of(3204));
    }

    @Test
    void serviceUnavailableIsItsOwnCategory() {
        answerSendWith(503, "{\"status\": {\"code\": 3500, \"description\": \"Service unavailable\"}}");

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(ServiceUnavailableException.class);
        assertThat(e.httpStatus()).hasValue(503);
        assertThat(e.telesignCode()).contains(StatusCode.of(3500));
    }

    @Test
    void aProxyErrorPageIsAServerErrorQuotingTheBody() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(502)
                .withBody("<html><body>Bad gateway</body></html>")));

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.telesignCode()).isEmpty();
        assertThat(e.getMessage()).contains("HTTP 502").contains("Bad gateway");
    }

    @Test
    void anUnreadableSuccessWarnsThatTheMessageMayHaveBeenAccepted() {
        answerSendWith(200, "{\"status\": {\"code\": 3001");

        TelesignException e = sendFailure();

        assertThat(e).isInstanceOf(UnexpectedResponseException.class);
        assertThat(e.getMessage()).contains("may have been accepted");
    }

    @Test
    void connectionRefusedSaysTheRequestWasNotSent() {
        TelesignClient client = TelesignClient.builder(SDK_ACCOUNT).baseUrl("http://127.0.0.1:" + ClosedPort.find())
                .retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> client.send(Fixtures.guideRequest()))
                .isExactlyInstanceOf(TelesignConnectionException.class)
                .satisfies(e -> assertThat(((TelesignConnectionException) e).requestSent()).isFalse())
                .hasMessageContaining("could not connect to 127.0.0.1:");
    }

    @Test
    void readTimeoutSaysTheRequestMayHaveArrived() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withBody(new String(Fixtures.bytes("guide-response.json"), StandardCharsets.UTF_8))));

        assertThatThrownBy(() -> client(AuthScheme.BASIC).send(Fixtures.guideRequest()))
                .isInstanceOf(TelesignTimeoutException.class)
                .satisfies(e -> assertThat(((TelesignTimeoutException) e).requestSent()).isTrue())
                .hasMessageContaining("may have been received");
    }

    @Test
    void statusLookupReturnsTheCallbackModel() throws Exception {
        telesign.stubFor(get("/v1/omnichannel/" + GUIDE_REF).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.bytes("guide-callback.json"))));

        DeliveryReport report = client(AuthScheme.TSA).status(ReferenceId.of(GUIDE_REF));

        assertThat(report.status().orElseThrow().code()).isEqualTo(StatusCode.DELIVERED);
        assertThat(report.channel(Channel.RCS).orElseThrow().code()).isEqualTo(StatusCode.FALLBACK_TIME_ELAPSED);
        LoggedRequest request = telesign.findAll(getRequestedFor(urlEqualTo("/v1/omnichannel/" + GUIDE_REF))).get(0);
        String toSign = "GET\n\n" + request.getHeader("Date") + "\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:"
                + request.getHeader("x-ts-nonce") + "\n/v1/omnichannel/" + GUIDE_REF;
        assertThat(request.getHeader("Authorization")).endsWith(":" + Hmac.base64(SDK_ACCOUNT.apiKey(), toSign));
        assertThat(request.containsHeader("Content-Type")).isFalse();
    }

    @Test
    void aLookupKeepsTelesignsAnswerAsItCameForTheLedger() throws Exception {
        byte[] body = Fixtures.bytes("guide-callback.json");
        telesign.stubFor(get("/v1/omnichannel/" + GUIDE_REF).willReturn(aResponse().withStatus(200).withBody(body)));

        StatusAnswer answer = client(AuthScheme.BASIC).lookUp(ReferenceId.of(GUIDE_REF));

        assertThat(answer.body()).isEqualTo(body);
        assertThat(answer.report().referenceId()).isEqualTo(ReferenceId.of(GUIDE_REF));
        assertThat(answer.report().status().orElseThrow().code()).isEqualTo(StatusCode.DELIVERED);
    }

    @Test
    void expiredReferenceIdIsNotFound() {
        telesign.stubFor(get("/v1/omnichannel/" + GUIDE_REF).willReturn(aResponse().withStatus(404)
                .withBody("{\"status\": {\"code\": 3803, \"description\": \"Reference id not found\"}}")));

        assertThatThrownBy(() -> client(AuthScheme.BASIC).status(ReferenceId.of(GUIDE_REF)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("3803");
    }

    @Test
    void anErrorsListBodyIsReadToo() {
        answerSendWith(400, "{\"errors\": [{\"code\": -10001, \"description\": \"Invalid Request\"}], \"reference_id\": \"\"}");

        TelesignException e = sendFailure();

        assertThat(e.telesignCode()).contains(StatusCode.of(-10001));
        assertThat(List.of(e.getMessage())).singleElement().asString().contains("Invalid Request");
    }
}
