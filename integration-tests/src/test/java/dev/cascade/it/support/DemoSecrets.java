package dev.cascade.it.support;

import dev.cascade.telesign.auth.Credentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's secrets for one test run, fresh each run so that finding one in a log or a page can only
 * mean this run leaked it: the two users' passwords and the Telesign account that Cascade's client, its
 * callback verifier and the simulator share ({@code ./cascade demo} reads them all from its environment).
 * The API key is base64 of readable text, as the demo's own is, so that its decoded form is searchable too.
 */
public record DemoSecrets(String customerId, String apiKey, String adminPassword, String analystPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static DemoSecrets random() {
        String keyText = "cascade-it-key-" + hex(24);
        return new DemoSecrets(UUID.randomUUID().toString().toUpperCase(),
                Base64.getEncoder().encodeToString(keyText.getBytes(StandardCharsets.US_ASCII)),
                "admin-" + hex(12), "analyst-" + hex(12));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The password of the demo user {@code admin} or {@code analyst}. */
    public String password(String user) {
        return switch (user) {
            case "admin" -> adminPassword;
            case "analyst" -> analystPassword;
            default -> throw new IllegalArgumentException("the demo has no user " + user);
        };
    }

    public Credentials account() {
        return new Credentials(customerId, apiKey);
    }

    /** What {@code ./cascade demo} reads them from. */
    public Map<String, String> environment() {
        return Map.of("TELESIGN_CUSTOMER_ID", customerId, "TELESIGN_API_KEY", apiKey,
                "CASCADE_ADMIN_PASSWORD", adminPassword, "CASCADE_ANALYST_PASSWORD", analystPassword);
    }

    /**
     * Every form in which one of them could leak, by name: the API key as set, URL-encoded, JSON-escaped and
     * base64-decoded (the HMAC key itself); the value of the Basic {@code Authorization} header the client
     * sends Telesign; both passwords.
     */
    public Map<String, String> leakForms() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("API key", apiKey);
        forms.put("API key, URL-encoded", URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
        forms.put("API key, JSON-escaped", apiKey.replace("/", "\\/"));
        forms.put("API key, base64-decoded", new String(account().signingKey(), StandardCharsets.US_ASCII));
        forms.put("Basic authorization", Base64.getEncoder().encodeToString((customerId + ":" + apiKey)
                .getBytes(StandardCharsets.UTF_8)));
        forms.put("admin's password", adminPassword);
        forms.put("analyst's password", analystPassword);
        return forms;
    }

    /** Never the values: a failing assertion prints this. */
    @Override
    public String toString() {
        return "DemoSecrets[customerId=" + account().maskedCustomerId() + ", apiKey=***, passwords=***]";
    }
}
