package dev.cascade.telesign.callback;

import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.HmacSha256;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Telesign's callback signature: {@code base64(HMAC-SHA256(decoded API key, raw body))}, sent as
 * {@code Authorization: TSA customerId:signature} and again as {@code X-TS-Authorization}.
 *
 * <p>This is the only implementation in Cascade: the callback endpoint and the CLI verify with it, the
 * simulator signs with it. The signature covers the raw bytes, so verify before parsing and never
 * re-serialise a body you intend to verify.
 *
 * <p>Verification accepts either header; every header that is present must be valid, so a forged
 * {@code X-TS-Authorization} next to a genuine {@code Authorization} is still rejected. The scheme
 * name is matched case-insensitively and {@code X-TS-Authorization} may carry the bare signature.
 * Signatures are compared in constant time.
 */
public final class CallbackSignatures {

    public static final String AUTHORIZATION = "Authorization";
    public static final String X_TS_AUTHORIZATION = "X-TS-Authorization";

    private final Credentials credentials;
    private final HmacSha256 hmac;

    public CallbackSignatures(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.hmac = new HmacSha256(credentials.signingKey());
    }

    /** The base64 signature of {@code body}. */
    public String sign(byte[] body) {
        return hmac.sign(body);
    }

    /** Both headers, as Telesign sends them with every callback. */
    public Map<String, String> headersFor(byte[] body) {
        String value = "TSA " + credentials.customerId() + ":" + sign(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AUTHORIZATION, value);
        headers.put(X_TS_AUTHORIZATION, value);
        return headers;
    }

    /**
     * @param authorization      the {@code Authorization} header, or null
     * @param xTsAuthorization   the {@code X-TS-Authorization} header, or null
     */
    public SignatureCheck verify(byte[] body, String authorization, String xTsAuthorization) {
        List<Presented> presented = new ArrayList<>();
        if (authorization != null && !authorization.isBlank()) {
            presented.add(new Presented(AUTHORIZATION, authorization, false));
        }
        if (xTsAuthorization != null && !xTsAuthorization.isBlank()) {
            presented.add(new Presented(X_TS_AUTHORIZATION, xTsAuthorization, true));
        }
        if (presented.isEmpty()) {
            return new SignatureCheck(SignatureCheck.Verdict.MISSING,
                    "no " + AUTHORIZATION + " or " + X_TS_AUTHORIZATION + " header");
        }
        byte[] expected = hmac.mac(body);
        for (Presented header : presented) {
            SignatureCheck check = check(header, expected);
            if (!check.isValid()) {
                return check;
            }
        }
        return SignatureCheck.valid();
    }

    private SignatureCheck check(Presented header, byte[] expected) {
        String value = header.value().trim();
        String signature;
        int space = value.indexOf(' ');
        if (space > 0 && value.substring(0, space).equalsIgnoreCase("TSA")) {
            String credential = value.substring(space + 1).trim();
            int colon = credential.lastIndexOf(':');
            if (colon <= 0) {
                return malformed(header, "expected 'TSA customerId:signature'");
            }
            String customerId = credential.substring(0, colon).trim();
            if (!customerId.toLowerCase(Locale.ROOT).equals(credentials.customerId().toLowerCase(Locale.ROOT))) {
                return new SignatureCheck(SignatureCheck.Verdict.WRONG_CUSTOMER, header.name()
                        + " names another customer id than the configured " + credentials.maskedCustomerId());
            }
            signature = credential.substring(colon + 1).trim();
        } else if (header.bareAllowed() && space < 0) {
            signature = value;
        } else {
            return malformed(header, "expected 'TSA customerId:signature'");
        }
        Optional<byte[]> presented = decode(signature);
        if (presented.isEmpty()) {
            return malformed(header, "the signature is not base64");
        }
        if (!MessageDigest.isEqual(expected, presented.get())) {
            return new SignatureCheck(SignatureCheck.Verdict.MISMATCH, header.name()
                    + " does not match the body: altered in transit, or signed with another API key");
        }
        return SignatureCheck.valid();
    }

    private static SignatureCheck malformed(Presented header, String detail) {
        return new SignatureCheck(SignatureCheck.Verdict.MALFORMED, header.name() + " is malformed: " + detail);
    }

    private static Optional<byte[]> decode(String signature) {
        try {
            return Optional.of(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Presented(String name, String value, boolean bareAllowed) {
    }

    @Override
    public String toString() {
        return "CallbackSignatures[" + credentials + "]";
    }
}
