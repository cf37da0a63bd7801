package dev.cascade.it.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.simulator.CallbackReceiver.Received;
import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.auth.Authenticator;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.TsaAuthenticator;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.client.AuthenticationException;
import dev.cascade.telesign.client.InvalidRequestException;
import dev.cascade.telesign.client.NotFoundException;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.ChannelAttempt;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;
import dev.cascade.telesign.message.TemplateContent;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Telesign simulator in WildFly, driven by Cascade's real {@link TelesignClient} over HTTP, its
 * callbacks received by an HTTP server in this JVM. The server runs with
 * {@code -Dsimulator.time-compression=300}: a 600 s fallback passes in 2 s, a 5 s retry wait in 17 ms.
 * Phone numbers pick the handset by their last two digits: "…60" an iPhone, "…10" an Android phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatorIT {

    private static final String BASE_URL = ItConfig.baseUrl() + "/telesign-simulator";
    private static final String IPHONE = "15558675360";
    private static final String ANDROID = "15558675310";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static CallbackReceiver receiver;

    @Deployment(testable = false)
    static WebArchive simulator() {
        return SimulatorDeployment.war();
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = CallbackReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void basicWithAWrongKeyIsNotAuthorized() {
        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> client(wrongKey(), AuthScheme.BASIC).send(guide(ANDROID, receiver.newUrl())));

        assertNotAuthorized(refused);
    }

    @Test
    void tsaWithAWrongKeyIsNotAuthorized() {
        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> client(wrongKey(), AuthScheme.TSA).send(guide(ANDROID, receiver.newUrl())));

        assertNotAuthorized(refused);
    }

    @Test
    void tsaWithADateTwentyMinutesOldIsNotAuthorized() {
        Authenticator stale = new TsaAuthenticator(ItConfig.account(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20)),
                () -> UUID.randomUUID().toString());

        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> client(stale).send(guide(ANDROID, receiver.newUrl())));

        assertNotAuthorized(refused);
    }

    @Test
    void tsaWithAReusedNonceIsNotAuthorized() throws TelesignException {
        String nonce = UUID.randomUUID().toString();
        TelesignClient replaying = client(new TsaAuthenticator(ItConfig.account(), Clock.systemUTC(), () -> nonce));
        replaying.send(guide(ANDROID, receiver.newUrl()));

        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> replaying.send(guide(ANDROID, receiver.newUrl())));

        assertNotAuthorized(refused);
    }

    @Test
    void aChannelOutsideTelesignsListIsAnInvalidRequest() {
        OmniMessageRequest fax = guide(ANDROID, receiver.newUrl()).toBuilder()
                .channel(ChannelAttempt.withFallback(Channel.of("fax"), 60), new TemplateContent("text", Map.of("text", "hi")))
                .build();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> client().send(fax));

        assertThat(refused).isNotNull();
        assertThat(refused.httpStatus()).hasValue(400);
        assertThat(refused.telesignCode()).contains(StatusCode.of(3113));
        assertThat(refused.description()).startsWith("Invalid value for parameter channel:");
    }

    @Test
    void aRequestWithoutChannelsIsAnsweredWithTelesignsCode() {
        String body = "{\"phone_number\": \"15558675310\", \"message\": {\"sms\": {\"template\": \"text\","
                + " \"parameters\": {\"text\": \"hi\"}}}, \"message_type\": \"ARN\", \"external_id\": \"it-raw\"}";

        HttpResponse<String> response = postRaw(body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = CallbackClient.json(response);
        assertThat(answer.get("status").get("code").intValue()).isEqualTo(3300);
        assertThat(answer.get("status").get("description").textValue()).isEqualTo("Missing parameter channels");
        assertThat(answer.get("external_id").textValue()).isEqualTo("it-raw");
        assertThat(answer.get("reference_id").textValue()).matches("[0-9A-F]{32}");
    }

    @Test
    void theGuidesRequestIsAcceptedAsMessageInProgress() throws TelesignException {
        SendResult sent = client().send(guide("15558675309", receiver.newUrl()));

        assertThat(sent.status()).isEqualTo(StatusCode.IN_PROGRESS);
        assertThat(sent.description()).isEqualTo("Message in progress");
        assertThat(sent.referenceId().isTelesignShaped()).isTrue();
        assertThat(sent.externalId()).isEmpty();
    }

    @Test
    void anIphoneGetsRcsInProgressThenTheFallbackThenTheSmsEachSigned() throws TelesignException {
        URI url = receiver.newUrl();
        OmniMessageRequest request = guide(IPHONE, url).toBuilder().externalId("it-ios-" + UUID.randomUUID()).build();
        SendResult sent = client(ItConfig.account(), AuthScheme.TSA).send(request);

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() >= 3);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> receiver.received(url).size() == 3);

        List<Received> callbacks = receiver.received(url);
        CallbackSignatures signatures = new CallbackSignatures(ItConfig.account());
        for (Received callback : callbacks) {
            assertThat(signatures.verify(callback.body(), callback.authorization(), callback.xTsAuthorization()).isValid())
                    .as("signature of " + new String(callback.body(), StandardCharsets.UTF_8)).isTrue();
            assertThat(callback.authorization()).isEqualTo(callback.xTsAuthorization()).startsWith("TSA ");
            assertThat(callback.contentType()).startsWith("application/json");
        }
        List<DeliveryReport> reports = callbacks.stream().map(Received::report).toList();
        assertThat(reports).extracting(SimulatorIT::channels).containsExactly(
                List.of(tuple("rcs", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3000)));
        assertThat(reports).extracting(r -> r.status().orElseThrow().code().value(),
                        r -> r.status().orElseThrow().lastChannel().orElseThrow().name())
                .containsExactly(tuple(3001, "rcs"), tuple(3001, "sms"), tuple(3000, "sms"));
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.referenceId()).isEqualTo(sent.referenceId());
            assertThat(r.externalId()).isEqualTo(request.externalId());
        });
        // Simulated time: a realistic 600 s fallback in the timestamps, though it took 2 s.
        ChannelStatus rcsStarted = reports.get(0).channel(Channel.RCS).orElseThrow();
        ChannelStatus rcsFailed = reports.get(1).channel(Channel.RCS).orElseThrow();
        assertThat(Duration.between(rcsStarted.updatedOn().orElseThrow().instant().orElseThrow(),
                rcsFailed.updatedOn().orElseThrow().instant().orElseThrow())).isEqualTo(Duration.ofSeconds(600));
        assertThat(rcsFailed.referenceId()).isPresent();
        assertThat(reports.get(2).channel(Channel.SMS).orElseThrow().referenceId()).isPresent()
                .isNotEqualTo(rcsFailed.referenceId());
    }

    @Test
    void anAndroidPhoneGetsTheRcs() {
        URI url = receiver.newUrl();
        send(guide(ANDROID, url));

        await().atMost(PATIENCE).until(() -> receiver.received(url).stream().map(Received::report)
                .anyMatch(r -> r.channel(Channel.RCS).map(c -> c.code().value() == 3000).orElse(false)));

        List<DeliveryReport> reports = receiver.received(url).stream().map(Received::report).toList();
        assertThat(channels(reports.get(0))).containsExactly(tuple("rcs", 3001));
        assertThat(channels(reports.get(1))).containsExactly(tuple("rcs", 3000));
        assertThat(reports).allSatisfy(r -> assertThat(r.channel(Channel.SMS)).as("SMS is never tried").isEmpty());
    }

    @Test
    void aCallbackAnswered503IsSentAgain() {
        URI url = receiver.newUrl();
        receiver.failFirst(url, 1);
        send(guide(ANDROID, url));

        await().atMost(PATIENCE).until(() -> receiver.received(url).size() >= 3);

        List<Received> callbacks = receiver.received(url);
        assertThat(callbacks.get(0).answered()).isEqualTo(503);
        assertThat(callbacks.get(1).answered()).isEqualTo(200);
        assertThat(callbacks.get(1).body()).as("the same callback, byte for byte").isEqualTo(callbacks.get(0).body());
        assertThat(channels(callbacks.get(1).report())).containsExactly(tuple("rcs", 3001));
        assertThat(channels(callbacks.get(2).report())).containsExactly(tuple("rcs", 3000));
    }

    @Test
    void aStatusLookupMatchesTheLastCallback() throws TelesignException {
        URI url = receiver.newUrl();
        SendResult sent = send(guide("15558675361", url));
        await().atMost(PATIENCE).until(() -> receiver.received(url).size() >= 3);

        DeliveryReport status = client(ItConfig.account(), AuthScheme.TSA).status(sent.referenceId());

        List<Received> callbacks = receiver.received(url);
        assertThat(status).isEqualTo(callbacks.get(callbacks.size() - 1).report());
        assertThat(status.status().orElseThrow().code()).isEqualTo(StatusCode.DELIVERED);
    }

    @Test
    void anUnknownReferenceIdIsNotFound() {
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
                () -> client().status(ReferenceId.of("0123456789ABCDEF0123456789ABCDEF")));

        assertThat(notFound).isNotNull();
        assertThat(notFound.httpStatus()).hasValue(404);
    }

    /**
     * TelesignClient refuses to send a body over 10 KB (RequestValidationException), so the oversized
     * request goes out by hand; Telesign's answer is 413 with code 3116, which the client would raise
     * as a PayloadTooLargeException.
     */
    @Test
    void aBodyOverTenKilobytesIsPayloadTooLarge() {
        byte[] huge = ("{\"padding\": \"" + "x".repeat(11 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postRaw(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(CallbackClient.json(response).get("status").get("code").intValue()).isEqualTo(3116);
    }

    private static void assertNotAuthorized(AuthenticationException refused) {
        assertThat(refused).as("an AuthenticationException").isNotNull();
        assertThat(refused.httpStatus()).hasValue(401);
        assertThat(refused.telesignCode()).contains(StatusCode.of(3400));
        assertThat(refused.description()).isEqualTo("Not authorized");
    }

    private static SendResult send(OmniMessageRequest request) {
        try {
            return client().send(request);
        } catch (TelesignException e) {
            throw new AssertionError("the simulator refused a valid request: " + e.getMessage(), e);
        }
    }

    /** Telesign's guide message: RCS link button with a 600 s fallback, then SMS. */
    private static OmniMessageRequest guide(String phoneNumber, URI callbackUrl) {
        return OmniMessageRequest.builder()
                .phoneNumber(phoneNumber)
                .messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction("Thanks for your purchase! Track your order status here:",
                        "https://example.com/track-order", "Track Order", "urlid1"), 600)
                .smsFallback("Thanks for your purchase! Track your order: https://example.com/track-order")
                .callbackUrl(callbackUrl.toString())
                .build();
    }

    private static TelesignClient client() {
        return client(ItConfig.account(), AuthScheme.BASIC);
    }

    private static TelesignClient client(Credentials account, AuthScheme scheme) {
        return TelesignClient.builder(account).baseUrl(BASE_URL).authScheme(scheme).build();
    }

    private static TelesignClient client(Authenticator authenticator) {
        return TelesignClient.builder(ItConfig.account()).baseUrl(BASE_URL).authenticator(authenticator).build();
    }

    /** The account's customer id with another (valid base64) key. */
    private static Credentials wrongKey() {
        return new Credentials(ItConfig.account().customerId(),
                Base64.getEncoder().encodeToString("not the account's key".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> postRaw(byte[] body) {
        Credentials account = ItConfig.account();
        String basic = Base64.getEncoder().encodeToString(
                (account.customerId() + ":" + account.apiKey()).getBytes(StandardCharsets.UTF_8));
        return CallbackClient.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/v1/omnichannel"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** The growing channel_status list as (channel, code) pairs. */
    private static List<Tuple> channels(DeliveryReport report) {
        return report.channels().stream().map(c -> tuple(c.channel().name(), c.code().value())).toList();
    }
}
