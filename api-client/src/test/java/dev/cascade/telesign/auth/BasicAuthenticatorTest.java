package dev.cascade.telesign.auth;

import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthenticatorTest {

    @Test
    void authorizationIsBase64OfCustomerIdColonApiKey() {
        String header = new BasicAuthenticator(SDK_ACCOUNT).headers(OutgoingRequest.get("/v1/x")).get("Authorization");

        assertThat(header).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
                .isEqualTo(SDK_ACCOUNT.customerId() + ":" + SDK_ACCOUNT.apiKey());
    }

    @Test
    void credentialsNeverPrintTheKeyOrTheWholeCustomerId() {
        assertThat(SDK_ACCOUNT.toString())
                .isEqualTo("Credentials[customerId=FFFF…7890, apiKey=***]")
                .doesNotContain(SDK_ACCOUNT.apiKey());
        assertThat(new BasicAuthenticator(SDK_ACCOUNT).toString()).doesNotContain(SDK_ACCOUNT.apiKey());
    }

    @Test
    void blankCredentialsAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> new Credentials("id", " ")).hasMessage("API key must not be blank");
        assertThatThrownBy(() -> new Credentials("", "secret")).hasMessage("customer id must not be blank");
    }

    @Test
    void schemesParseInAnyCase() {
        assertThat(AuthScheme.parse("TSA").authenticator(SDK_ACCOUNT)).isInstanceOf(TsaAuthenticator.class);
        assertThat(AuthScheme.parse("basic").authenticator(SDK_ACCOUNT)).isInstanceOf(BasicAuthenticator.class);
        assertThatThrownBy(() -> AuthScheme.parse("digest")).hasMessageContaining("use basic or tsa");
    }
}
