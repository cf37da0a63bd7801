package dev.cascade.telesign.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP Basic: {@code Authorization: Basic base64(customerId:apiKey)}.
 *
 * <p>Telesign's guide prints the pair un-encoded ({@code Basic 1234...:vjE/...}); that is a
 * documentation slip, RFC 7617 and Telesign's servers want it base64-encoded.
 */
public final class BasicAuthenticator implements Authenticator {

    private final String headerValue;

    public BasicAuthenticator(Credentials credentials) {
        String pair = credentials.customerId() + ":" + credentials.apiKey();
        this.headerValue = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> headers(OutgoingRequest request) {
        return Map.of("Authorization", headerValue);
    }

    @Override
    public String toString() {
        return "BasicAuthenticator";
    }
}
