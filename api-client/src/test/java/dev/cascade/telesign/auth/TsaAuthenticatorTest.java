package dev.cascade.telesign.auth;

import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.testing.Hmac;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TsaAuthenticatorTest {

    private static final String DATE = "Wed, 14 Dec 2016 18:20:12 GMT";
    private static final String NONCE = "A1592C6F-E384-4CDB-BC42-C3AB970369E9";
    private static final Clock SDK_CLOCK = Clock.fixed(Instant.parse("2016-12-14T18:20:12Z"), ZoneOffset.UTC);

    private final TsaAuthenticator tsa = new TsaAuthenticator(SDK_ACCOUNT, SDK_CLOCK, () -> NONCE);

    @Test
    void postVectorFromTelesignsSdkMatches() {
        OutgoingRequest post = new OutgoingRequest("POST", "/v1/resource", "application/x-www-form-urlencoded",
                "test=param".getBytes(StandardCharsets.UTF_8));

        assertThat(tsa.signature(post, DATE, NONCE)).isEqualTo("2xVlmbrxLjYrrPun3G3WMNG6Jon4yKcTeOoK9DjXJ/Q=");
    }

    @Test
    void getVectorFromTelesignsSdkMatches() {
        assertThat(tsa.signature(OutgoingRequest.get("/v1/resource"), DATE, NONCE))
                .isEqualTo("aUm7I+9GKl3ww7PNeeJntCT0iS7b+EmRKEE4LnRzChQ=");
    }

    @Test
    void headersCarryTheSignatureDateMethodAndNonce() {
        OutgoingRequest post = new OutgoingRequest("POST", "/v1/resource", "application/x-www-form-urlencoded",
                "test=param".getBytes(StandardCharsets.UTF_8));

        Map<String, String> headers = tsa.headers(post);

        assertThat(headers).containsExactly(
                Map.entry("Authorization", "TSA FFFFFFFF-EEEE-DDDD-1234-AB1234567890:2xVlmbrxLjYrrPun3G3WMNG6Jon4yKcTeOoK9DjXJ/Q="),
                Map.entry("Date", DATE),
                Map.entry("x-ts-auth-method", "HMAC-SHA256"),
                Map.entry("x-ts-nonce", NONCE));
    }

    @Test
    void signatureIsRecomputableWithPlainJavaxCrypto() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        OutgoingRequest post = new OutgoingRequest("POST", "/v1/omnichannel", "application/json", body);
        String expected = Hmac.base64(SDK_ACCOUNT.apiKey(),
                "POST\napplication/json\n" + DATE + "\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:" + NONCE
                        + "\n{\"a\":1}\n/v1/omnichannel");

        assertThat(tsa.signature(post, DATE, NONCE)).isEqualTo(expected);
    }

    @Test
    void everyRequestGetsAFreshNonceAndTheCurrentDate() {
        TsaAuthenticator live = new TsaAuthenticator(SDK_ACCOUNT);

        String first = live.headers(OutgoingRequest.get("/v1/x")).get("x-ts-nonce");
        String second = live.headers(OutgoingRequest.get("/v1/x")).get("x-ts-nonce");

        assertThat(first).isNotEqualTo(second);
        assertThat(UUID.fromString(first)).isNotNull();
    }

    @Test
    void datesHaveTwoDigitDaysAsHttpRequires() {
        Clock fourth = Clock.fixed(Instant.parse("2020-05-04T22:07:01Z"), ZoneOffset.UTC);
        TsaAuthenticator early = new TsaAuthenticator(SDK_ACCOUNT, fourth, () -> NONCE);

        assertThat(early.headers(OutgoingRequest.get("/v1/x")).get("Date")).isEqualTo("Mon, 04 May 2020 22:07:01 GMT");
    }

    @Test
    void toStringNeverShowsTheKey() {
        assertThat(tsa.toString()).doesNotContain(SDK_ACCOUNT.apiKey()).doesNotContain("TE8sTgg45")
                .doesNotContain(SDK_ACCOUNT.customerId());
    }
}
