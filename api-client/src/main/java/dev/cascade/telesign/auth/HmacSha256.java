package dev.cascade.telesign.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Base64 HMAC-SHA256, the primitive behind both TSA request signatures and callback signatures.
 * A {@link Mac} is not thread-safe, so each call takes its own; the key spec is shared.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public HmacSha256(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("the HMAC key is empty: is the API key base64?");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public String sign(String text) {
        return sign(text.getBytes(StandardCharsets.UTF_8));
    }

    public String sign(byte[] data) {
        return Base64.getEncoder().encodeToString(mac(data));
    }

    public byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256; reaching this is a broken JRE.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSha256[key=***]";
    }
}
