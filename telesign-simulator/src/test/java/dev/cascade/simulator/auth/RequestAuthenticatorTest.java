package dev.cascade.simulator.auth;

import static dev.cascade.simulator.testing.Fixtures.ACCOUNT;
import static dev.cascade.simulator.testing.Fixtures.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.auth.BasicAuthenticator;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.OutgoingRequest;
import dev.cascade.telesign.auth.TsaAuthenticator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final String API_PATH = "/v1/omnichannel";
    private static final List<String> PATHS = List.of(API_PATH, "/telesign-simulator" + API_PATH);
    private static final byte[] BODY = "{\"channels\":[]}".getBytes(StandardCharsets.UTF_8);

    private final RequestAuthenticator authenticator =
            new RequestAuthenticator(Optional.of(ACCOUNT), CLOCK, SKEW, new NonceRegistry(SKEW));

    @Test
    void basicWithTheAccountsKeyIsAccepted() {
        assertThat(authenticator.check(post(basic(ACCOUNT)))).isEqualTo(AuthVerdict.accept());
    }

    @Test
    void basicWithAWrongKeyIsRefused() {
        AuthVerdict verdict = authenticator.check(post(basic(WRONG_KEY)));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("wrong API key").doesNotContain(ACCOUNT.apiKey()).doesNotContain(WRONG_KEY.apiKey());
    }

    @Test
    void basicForAnotherCustomerIsRefused() {
        assertThat(authenticator.check(post(basic(new Credentials("00000000-0000-0000-0000-000000000000", ACCOUNT.apiKey()))))
                .accepted()).isFalse();
    }

    @Test
    void theGuidesUnencodedBasicIsRefusedAsTelesignRefusesIt() {
        Map<String, String> headers = Map.of("Authorization", "Basic " + ACCOUNT.customerId() + ":" + ACCOUNT.apiKey());

        assertThat(authenticator.check(post(headers)).reason()).contains("not base64");
    }

    @Test
    void noAuthorizationOrAnUnknownSchemeIsRefused() {
        assertThat(authenticator.check(post(Map.of())).reason()).contains("no Authorization");
        assertThat(authenticator.check(post(Map.of("Authorization", "Bearer abc"))).reason()).contains("unknown");
    }

    @Test
    void tsaSignedLikeTelesignsSdksIsAccepted() {
        assertThat(authenticator.check(post(tsa(ACCOUNT, NOW, UUID.randomUUID().toString())))).isEqualTo(AuthVerdict.accept());
    }

    @Test
    void tsaForAStatusLookupSignsNoContentTypeAndNoBody() {
        String path = API_PATH + "/35C8B5D509BC10689196FED2AD551B8A";
        Map<String, String> headers = new TsaAuthenticator(ACCOUNT, CLOCK, () -> "n-get").headers(OutgoingRequest.get(path));

        assertThat(authenticator.check(new IncomingRequest("GET", List.of(path), headers, new byte[0])).accepted()).isTrue();
    }

    @Test
    void tsaSignedOverTheFullPathWithTheContextRootIsAcceptedToo() {
        Map<String, String> headers = new LinkedHashMap<>(new TsaAuthenticator(ACCOUNT, CLOCK, () -> "n-full")
                .headers(new OutgoingRequest("POST", PATHS.get(1), "application/json", BODY)));
        headers.put("Content-Type", "application/json");

        assertThat(authenticator.check(post(headers)).accepted()).isTrue();
    }

    @Test
    void tsaWithAWrongSignatureIsRefused() {
        AuthVerdict verdict = authenticator.check(post(tsa(WRONG_KEY, NOW, "n-wrong")));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("signature does not match");
    }

    @Test
    void tsaOverAnotherBodyIsRefused() {
        Map<String, String> headers = tsa(ACCOUNT, NOW, "n-body");

        AuthVerdict verdict = authenticator.check(new IncomingRequest("POST", PATHS, headers,
                "{\"channels\":[1]}".getBytes(StandardCharsets.UTF_8)));

        assertThat(verdict.accepted()).isFalse();
    }

    @Test
    void tsaWithADateOlderThanFifteenMinutesIsRefused() {
        AuthVerdict verdict = authenticator.check(post(tsa(ACCOUNT, NOW.minus(Duration.ofMinutes(16)), "n-old")));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("Date");
    }

    @Test
    void tsaWithADateMoreThanFifteenMinutesAheadIsRefused() {
        assertThat(authenticator.check(post(tsa(ACCOUNT, NOW.plus(Duration.ofMinutes(16)), "n-future"))).accepted()).isFalse();
    }

    @Test
    void tsaWithinTheSkewIsAccepted() {
        assertThat(authenticator.check(post(tsa(ACCOUNT, NOW.minus(Duration.ofMinutes(14)), "n-late"))).accepted()).isTrue();
    }

    @Test
    void tsaWithAReusedNonceIsRefused() {
        assertThat(authenticator.check(post(tsa(ACCOUNT, NOW, "n-once"))).accepted()).isTrue();

        AuthVerdict replay = authenticator.check(post(tsa(ACCOUNT, NOW, "n-once")));

        assertThat(replay.accepted()).isFalse();
        assertThat(replay.reason()).contains("nonce used before");
    }

    @Test
    void aRefusedSignatureDoesNotUseUpItsNonce() {
        authenticator.check(post(tsa(WRONG_KEY, NOW, "n-kept")));

        assertThat(authenticator.check(post(tsa(ACCOUNT, NOW, "n-kept"))).accepted()).isTrue();
    }

    @Test
    void tsaWithoutItsHeadersIsRefused() {
        for (String missing : List.of("Date", "x-ts-auth-method", "x-ts-nonce")) {
            Map<String, String> headers = new LinkedHashMap<>(tsa(ACCOUNT, NOW, "n-" + missing));
            headers.remove(missing);

            assertThat(authenticator.check(post(headers)).accepted()).as(missing).isFalse();
        }
    }

    @Test
    void tsaWithAnotherAuthMethodOrAnUnreadableDateIsRefused() {
        Map<String, String> sha1 = new LinkedHashMap<>(tsa(ACCOUNT, NOW, "n-sha1"));
        sha1.put("x-ts-auth-method", "HMAC-SHA1");
        Map<String, String> badDate = new LinkedHashMap<>(tsa(ACCOUNT, NOW, "n-date"));
        badDate.put("Date", "yesterday");

        assertThat(authenticator.check(post(sha1)).accepted()).isFalse();
        assertThat(authenticator.check(post(badDate)).reason()).contains("RFC 1123");
    }

    @Test
    void withoutAConfiguredAccountEverythingIsRefused() {
        RequestAuthenticator unconfigured = new RequestAuthenticator(Optional.empty(), CLOCK, SKEW, new NonceRegistry(SKEW));

        assertThat(unconfigured.check(post(basic(ACCOUNT))).reason()).contains("TELESIGN_CUSTOMER_ID");
    }

    private static IncomingRequest post(Map<String, String> headers) {
        return new IncomingRequest("POST", PATHS, headers, BODY);
    }

    private static Map<String, String> basic(Credentials credentials) {
        return new BasicAuthenticator(credentials).headers(new OutgoingRequest("POST", API_PATH, "application/json", BODY));
    }

    /** Headers exactly as api-client's TSA authenticator (Telesign's SDK algorithm) sends them. */
    private static Map<String, String> tsa(Credentials credentials, Instant at, String nonce) {
        Map<String, String> headers = new LinkedHashMap<>(new TsaAuthenticator(credentials, Clock.fixed(at, ZoneOffset.UTC),
                () -> nonce).headers(new OutgoingRequest("POST", API_PATH, "application/json", BODY)));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    @Test
    void basicCredentialsAreDecodedAsRfc7617Says() {
        String header = "Basic " + Base64.getEncoder().encodeToString(
                (ACCOUNT.customerId().toLowerCase(java.util.Locale.ROOT) + ":" + ACCOUNT.apiKey()).getBytes(StandardCharsets.UTF_8));

        assertThat(authenticator.check(post(Map.of("authorization", header))).accepted())
                .as("customer ids compare case-insensitively, header names too").isTrue();
    }
}
