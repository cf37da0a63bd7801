package dev.cascade.telesign.callback;

import static dev.cascade.telesign.testing.Fixtures.OTHER_ACCOUNT;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.callback.SignatureCheck.Verdict;
import dev.cascade.telesign.testing.Fixtures;
import dev.cascade.telesign.testing.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackSignaturesTest {

    private final CallbackSignatures signatures = new CallbackSignatures(SDK_ACCOUNT);
    private final byte[] body = Fixtures.bytes("guide-callback.json");
    private final String expected = Hmac.base64(SDK_ACCOUNT.apiKey(), body);
    private final String header = "TSA " + SDK_ACCOUNT.customerId() + ":" + expected;

    @Test
    void signatureIsHmacSha256OfTheRawBodyComputedIndependently() {
        assertThat(signatures.sign(body)).isEqualTo(expected);
    }

    @Test
    void signerSendsBothHeadersAsTelesignDoes() {
        assertThat(signatures.headersFor(body)).containsExactly(
                Map.entry("Authorization", header), Map.entry("X-TS-Authorization", header));
    }

    @Test
    void genuineCallbackIsValidWithEitherOrBothHeaders() {
        assertThat(signatures.verify(body, header, header).isValid()).isTrue();
        assertThat(signatures.verify(body, header, null).isValid()).isTrue();
        assertThat(signatures.verify(body, null, header).isValid()).isTrue();
    }

    @Test
    void xTsAuthorizationMayBeTheBareSignature() {
        assertThat(signatures.verify(body, null, expected).isValid()).isTrue();
    }

    @Test
    void schemeNameIsCaseInsensitiveAndCustomerIdTooSinceItIsAUuid() {
        String lower = "tsa " + SDK_ACCOUNT.customerId().toLowerCase() + ":" + expected;

        assertThat(signatures.verify(body, lower, null).isValid()).isTrue();
    }

    @Test
    void tamperedBodyIsAMismatch() {
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("3056", "3000").getBytes(StandardCharsets.UTF_8);

        SignatureCheck check = signatures.verify(tampered, header, header);

        assertThat(check.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(check.reason()).contains("altered in transit, or signed with another API key");
    }

    @Test
    void signatureFromAnotherAccountsKeyIsRejected() {
        String forged = "TSA " + SDK_ACCOUNT.customerId() + ":" + new CallbackSignatures(OTHER_ACCOUNT).sign(body);

        assertThat(signatures.verify(body, forged, forged).verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void anotherAccountsCustomerIdIsRejected() {
        Map<String, String> theirs = new CallbackSignatures(OTHER_ACCOUNT).headersFor(body);

        SignatureCheck check = signatures.verify(body, theirs.get("Authorization"), null);

        assertThat(check.verdict()).isEqualTo(Verdict.WRONG_CUSTOMER);
        assertThat(check.reason()).doesNotContain(OTHER_ACCOUNT.customerId()).doesNotContain(SDK_ACCOUNT.customerId());
    }

    @Test
    void aForgedSecondHeaderSpoilsAGenuineFirst() {
        String forged = "TSA " + SDK_ACCOUNT.customerId() + ":" + Hmac.base64(OTHER_ACCOUNT.apiKey(), body);

        assertThat(signatures.verify(body, header, forged).verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void noHeaderAtAllIsMissing() {
        assertThat(signatures.verify(body, null, " ").verdict()).isEqualTo(Verdict.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic Zm9vOmJhcg==", "TSA", "TSA nocolon", "TSA :sig", "Bearer abc",
            "TSA FFFFFFFF-EEEE-DDDD-1234-AB1234567890:not base64!"})
    void malformedAuthorizationIsReportedAsSuch(String value) {
        SignatureCheck check = signatures.verify(body, value, null);

        assertThat(check.verdict()).isIn(Verdict.MALFORMED, Verdict.WRONG_CUSTOMER);
        assertThat(check.isValid()).isFalse();
    }

    @Test
    void bareSignatureIsNotAcceptedInAuthorization() {
        assertThat(signatures.verify(body, expected, null).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void reasonsNeverRevealTheKeyOrTheExpectedSignature() {
        SignatureCheck check = signatures.verify(body, "TSA " + SDK_ACCOUNT.customerId() + ":AAAA", null);

        assertThat(check.reason()).doesNotContain(expected).doesNotContain(SDK_ACCOUNT.apiKey());
        assertThat(signatures.toString()).doesNotContain(SDK_ACCOUNT.apiKey());
    }
}
