package dev.cascade.telesign.auth;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Telesign's TSA digest scheme, as Telesign's SDKs compute it.
 *
 * <p>The signature is an HMAC-SHA256 with the decoded API key over the method, content type, date,
 * auth method, nonce, body (only when there is a content type and a body) and resource path, one per
 * line. A fresh nonce and the current date go with every request because Telesign rejects reused
 * nonces and stale dates — so a request signed this way must be sent at once, not queued.
 */
public final class TsaAuthenticator implements Authenticator {

    static final String AUTH_METHOD = "HMAC-SHA256";

    /** RFC 1123 with a two-digit day, as HTTP dates are written ({@code RFC_1123_DATE_TIME} drops the 0). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Credentials credentials;
    private final HmacSha256 hmac;
    private final Clock clock;
    private final Supplier<String> nonces;

    public TsaAuthenticator(Credentials credentials) {
        this(credentials, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** With a fixed clock and nonce source, for reproducing a signature. */
    public TsaAuthenticator(Credentials credentials, Clock clock, Supplier<String> nonces) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.hmac = new HmacSha256(credentials.signingKey());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    @Override
    public Map<String, String> headers(OutgoingRequest request) {
        String date = HTTP_DATE.format(clock.instant());
        String nonce = nonces.get();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "TSA " + credentials.customerId() + ":" + signature(request, date, nonce));
        headers.put("Date", date);
        headers.put("x-ts-auth-method", AUTH_METHOD);
        headers.put("x-ts-nonce", nonce);
        return headers;
    }

    /** The base64 signature of {@code request} for the given date header value and nonce. */
    public String signature(OutgoingRequest request, String date, String nonce) {
        return hmac.sign(stringToSign(request, date, nonce));
    }

    static String stringToSign(OutgoingRequest request, String date, String nonce) {
        StringBuilder s = new StringBuilder()
                .append(request.method().toUpperCase(Locale.ROOT))
                .append('\n').append(request.contentType())
                .append('\n').append(date)
                .append('\n').append("x-ts-auth-method:").append(AUTH_METHOD)
                .append('\n').append("x-ts-nonce:").append(nonce);
        if (!request.contentType().isEmpty() && request.body().length > 0) {
            s.append('\n').append(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return s.append('\n').append(request.path()).toString();
    }

    @Override
    public String toString() {
        return "TsaAuthenticator[" + credentials + "]";
    }
}
