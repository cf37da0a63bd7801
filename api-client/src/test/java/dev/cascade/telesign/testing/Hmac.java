package dev.cascade.telesign.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC computed the plain javax.crypto way, independently of the library's own code, so tests
 * check the library against something it did not write.
 */
public final class Hmac {

    private Hmac() {
    }

    public static String base64(String base64Key, byte[] data) {
        try {
            String alphabetOnly = base64Key.replaceAll("[^A-Za-z0-9+/=]", "");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(alphabetOnly), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64(String base64Key, String data) {
        return base64(base64Key, data.getBytes(StandardCharsets.UTF_8));
    }
}
