package dev.cascade.telesign.auth;

import java.util.Base64;
import java.util.Objects;

/**
 * A Telesign account's customer id and API key.
 *
 * <p>The key is a secret: {@link #toString()} masks it (and most of the customer id), and no
 * exception in this library ever includes it. The API key is base64 text; Telesign's own tools drop
 * characters outside the base64 alphabet before decoding it into the HMAC key, and so do we — the
 * published test key {@code EXAMPLE----TE8s...} only works that way.
 */
public record Credentials(String customerId, String apiKey) {

    public Credentials {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(apiKey, "apiKey");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank");
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
    }

    /** The HMAC-SHA256 key: the API key's base64 decoded, ignoring characters outside the alphabet. */
    public byte[] signingKey() {
        return Base64.getMimeDecoder().decode(apiKey);
    }

    /** {@code FFFF…7890}: enough for an operator to tell accounts apart, not enough to matter. */
    public String maskedCustomerId() {
        return customerId.length() <= 8
                ? "…"
                : customerId.substring(0, 4) + "…" + customerId.substring(customerId.length() - 4);
    }

    @Override
    public String toString() {
        return "Credentials[customerId=" + maskedCustomerId() + ", apiKey=***]";
    }
}
