package dev.cascade.telesign.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.testing.ClosedPort;
import dev.cascade.telesign.testing.Fixtures;
import dev.cascade.telesign.testing.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per rule of {@link RetryPolicy}, against a real HTTP server. */
class RetryTest {

    private static final String REF = "35C8B5D509BC10689196FED2AD551B8A";
    private static final String ACCEPTED = "{\"reference_id\": \"" + REF + "\", \"status\": {\"code\": 3001, \"description\": \"Message in progress\"}}";

    @RegisterExtension
    static WireMockExtension telesign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private TelesignClient.Builder client(RetryPolicy policy) {
        return TelesignClient.builder(SDK_ACCOUNT).baseUrl(telesign.baseUrl()).retryPolicy(policy)
                .sleeper(sleeper).random(() -> 0.5).requestTimeout(Duration.ofMillis(300));
    }

    private TelesignClient client() {
        return client(RetryPolicy.defaults()).build();
    }

    /** Answers the sends in turn with the given responses; the last one repeats. */
    private static void answerSendsInTurn(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? STARTED : "attempt " + (i + 1);
            telesign.stubFor(post("/v1/omnichannel").inScenario("sends").whenScenarioStateIs(state)
                    .willReturn(responses[i])
                    .willSetStateTo(i + 1 < responses.length ? "attempt " + (i + 2) : state));
        }
    }

    private static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withBody(body);
    }

    private static int sends() {
        return telesign.findAll(postRequestedFor(urlEqualTo("/v1/omnichannel"))).size();
    }

    @Test
    void refusedConnectionsAreRetriedUpToMaxAttempts() {
        TelesignClient client = TelesignClient.builder(SDK_ACCOUNT).baseUrl("http://127.0.0.1:" + ClosedPort.find())
                .sleeper(sleeper).random(() -> 0.5).build();

        assertThatThrownBy(() -> client.send(Fixtures.guideRequest())).isInstanceOf(TelesignConnectionException.class);

        assertThat(sleeper.sleeps()).hasSize(2);
    }

    @Test
    void rateLimitIsRetriedAfterTheRetryAfterTelesignGave() throws Exception {
        answerSendsInTurn(status(429, "{\"status\": {\"code\": 3204}}").withHeader("Retry-After", "2"), status(200, ACCEPTED));

        SendResult result = client().send(Fixtures.guideRequest());

        assertThat(result.referenceId().value()).isEqualTo(REF);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(sends()).isEqualTo(2);
    }

    @Test
    void rateLimitWithoutRetryAfterBacksOff() throws Exception {
        answerSendsInTurn(status(429, "{\"status\": {\"code\": 3204}}"), status(200, ACCEPTED));

        client().send(Fixtures.guideRequest());

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(187));
    }

    @Test
    void accountSettingRefusalsAreNotRetried() {
        answerSendsInTurn(status(429, "{\"status\": {\"code\": 3206, \"description\": \"Omnichannel not enabled\"}}"),
                status(200, ACCEPTED));

        assertThatThrownBy(() -> client().send(Fixtures.guideRequest())).isInstanceOf(RateLimitException.class);

        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotWaitedFor() {
        answerSendsInTurn(status(429, "{\"status\": {\"code\": 3204}}").withHeader("Retry-After", "120"), status(200, ACCEPTED));

        assertThatThrownBy(() -> client().send(Fixtures.guideRequest())).isInstanceOf(RateLimitException.class)
                .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(120)));

        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void serviceUnavailableIsRetriedWithGrowingJitteredBackoff() throws Exception {
        answerSendsInTurn(status(503, "{\"status\": {\"code\": 3500}}"), status(503, "{\"status\": {\"code\": 3500}}"),
                status(200, ACCEPTED));

        client().send(Fixtures.guideRequest());

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(187), Duration.ofMillis(375));
        assertThat(sends()).isEqualTo(3);
    }

    @Test
    void aSendThatTimedOutIsNotRetriedBecauseItMayHaveArrived() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(status(200, ACCEPTED).withFixedDelay(1_500)));

        assertThatThrownBy(() -> client().send(Fixtures.guideRequest())).isInstanceOf(TelesignTimeoutException.class);

        assertThat(sends()).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void aSendThatTimedOutIsRetriedWhenTheOperatorChoseSo() throws Exception {
        answerSendsInTurn(status(200, ACCEPTED).withFixedDelay(1_500), status(200, ACCEPTED));
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30), true);

        client(policy).build().send(Fixtures.guideRequest());

        assertThat(sends()).isEqualTo(2);
    }

    @Test
    void aStatusLookupThatTimedOutIsRetriedBecauseItChangesNothing() {
        telesign.stubFor(get("/v1/omnichannel/" + REF).willReturn(status(200, "{}").withFixedDelay(1_500)));

        assertThatThrownBy(() -> client().status(ReferenceId.of(REF))).isInstanceOf(TelesignTimeoutException.class);

        assertThat(telesign.findAll(getRequestedFor(urlEqualTo("/v1/omnichannel/" + REF)))).hasSize(3);
    }

    @Test
    void invalidRequestsAreNeverRetried() {
        answerSendsInTurn(status(400, "{\"status\": {\"code\": 3102}}"), status(200, ACCEPTED));

        assertThatThrownBy(() -> client().send(Fixtures.guideRequest())).isInstanceOf(InvalidRequestException.class);

        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void serverErrorsOtherThan503AreNeverRetried() {
        answerSendsInTurn(status(500, "oops"), status(200, ACCEPTED));

        assertThatThrownBy(() -> client().send(Fixtures.guideRequest())).isInstanceOf(ServerErrorException.class);

        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void maxAttemptsIsRespected() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(status(503, "{\"status\": {\"code\": 3500}}")));

        assertThatThrownBy(() -> client(RetryPolicy.defaults().withMaxAttempts(4)).build().send(Fixtures.guideRequest()))
                .isInstanceOf(ServiceUnavailableException.class);

        assertThat(sends()).isEqualTo(4);
    }

    @Test
    void everyAttemptIsSignedAfreshWithANewNonce() throws Exception {
        answerSendsInTurn(status(503, "{\"status\": {\"code\": 3500}}"), status(200, ACCEPTED));

        client(RetryPolicy.defaults()).authScheme(AuthScheme.TSA).build().send(Fixtures.guideRequest());

        List<LoggedRequest> requests = telesign.findAll(postRequestedFor(urlEqualTo("/v1/omnichannel")));
        assertThat(requests).extracting(r -> r.getHeader("x-ts-nonce")).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void backoffIsCappedAndJittered() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1_000), Duration.ZERO, false);

        assertThat(policy.backoff(1, () -> 0.0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.backoff(1, () -> 0.999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(policy.backoff(3, () -> 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(9, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(60, () -> 0.999)).isLessThanOrEqualTo(Duration.ofMillis(1_000));
    }
}
