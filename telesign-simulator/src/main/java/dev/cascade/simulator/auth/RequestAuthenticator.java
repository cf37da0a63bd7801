package dev.cascade.simulator.auth;

import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.OutgoingRequest;
import dev.cascade.telesign.auth.TsaAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a request the way Telesign does: {@code Authorization: Basic base64(customerId:apiKey)}, or
 * Telesign's TSA digest ({@code Authorization: TSA customerId:signature} with {@code Date},
 * {@code x-ts-auth-method: HMAC-SHA256} and {@code x-ts-nonce}).
 *
 * <p>For TSA the signature is recomputed with api-client's {@link TsaAuthenticator} — the one
 * implementation of the string to sign — over the method, the content type (empty for GET), the date,
 * the nonce, the body and the resource path; a date further than the allowed skew from now, or a
 * nonce used before, is refused even with a valid signature. Secrets are compared in constant time.
 */
public final class RequestAuthenticator {

    private static final String HMAC_SHA256 = "HMAC-SHA256";

    private final Optional<Credentials> account;
    private final Optional<TsaAuthenticator> tsa;
    private final Clock clock;
    private final Duration maxClockSkew;
    private final NonceRegistry nonces;

    /** @param account the only account the simulator knows; empty refuses everything */
    public RequestAuthenticator(Optional<Credentials> account, Clock clock, Duration maxClockSkew, NonceRegistry nonces) {
        this.account = Objects.requireNonNull(account, "account");
        this.tsa = account.map(TsaAuthenticator::new);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxClockSkew = Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    public AuthVerdict check(IncomingRequest request) {
        if (account.isEmpty()) {
            return AuthVerdict.refuse("no account configured (TELESIGN_CUSTOMER_ID, TELESIGN_API_KEY)");
        }
        Optional<String> authorization = request.header(IncomingRequest.AUTHORIZATION);
        if (authorization.isEmpty()) {
            return AuthVerdict.refuse("no Authorization header");
        }
        String[] parts = authorization.get().split("\\s+", 2);
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        String credential = parts.length > 1 ? parts[1].trim() : "";
        if (scheme.equals("basic")) {
            return basic(credential, account.get());
        }
        if (scheme.equals("tsa")) {
            return tsa(credential, request, account.get());
        }
        return AuthVerdict.refuse("unknown authorization scheme '" + parts[0] + "'");
    }

    private static AuthVerdict basic(String credential, Credentials account) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return AuthVerdict.refuse("Basic credentials are not base64");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return AuthVerdict.refuse("Basic credentials are not customerId:apiKey");
        }
        if (!sameCustomer(pair.substring(0, colon), account)) {
            return AuthVerdict.refuse("Basic credentials name another customer id");
        }
        return constantTimeEquals(pair.substring(colon + 1), account.apiKey())
                ? AuthVerdict.accept() : AuthVerdict.refuse("Basic credentials carry a wrong API key");
    }

    private AuthVerdict tsa(String credential, IncomingRequest request, Credentials account) {
        int colon = credential.lastIndexOf(':');
        if (colon <= 0) {
            return AuthVerdict.refuse("TSA credentials are not customerId:signature");
        }
        if (!sameCustomer(credential.substring(0, colon), account)) {
            return AuthVerdict.refuse("TSA credentials name another customer id");
        }
        Optional<String> method = request.header(IncomingRequest.AUTH_METHOD);
        if (method.isEmpty() || !method.get().equalsIgnoreCase(HMAC_SHA256)) {
            return AuthVerdict.refuse("x-ts-auth-method must be " + HMAC_SHA256);
        }
        Optional<String> date = request.header(IncomingRequest.DATE);
        if (date.isEmpty()) {
            return AuthVerdict.refuse("no Date header");
        }
        Optional<Instant> sentAt = parseHttpDate(date.get());
        Instant now = clock.instant();
        if (sentAt.isEmpty()) {
            return AuthVerdict.refuse("the Date header is not an RFC 1123 date");
        }
        if (Duration.between(sentAt.get(), now).abs().compareTo(maxClockSkew) > 0) {
            return AuthVerdict.refuse("the Date header is " + Duration.between(sentAt.get(), now).toSeconds()
                    + " s from now; at most " + maxClockSkew.toSeconds() + " s are allowed");
        }
        Optional<String> nonce = request.header(IncomingRequest.NONCE);
        if (nonce.isEmpty()) {
            return AuthVerdict.refuse("no x-ts-nonce header");
        }
        if (!signatureMatches(credential.substring(colon + 1).trim(), request, date.get(), nonce.get())) {
            return AuthVerdict.refuse("the TSA signature does not match the request");
        }
        return nonces.firstUse(nonce.get(), now) ? AuthVerdict.accept() : AuthVerdict.refuse("x-ts-nonce used before");
    }

    private boolean signatureMatches(String presented, IncomingRequest request, String date, String nonce) {
        boolean bodyless = request.method().equalsIgnoreCase("GET") || request.method().equalsIgnoreCase("DELETE");
        String contentType = bodyless ? "" : request.header(IncomingRequest.CONTENT_TYPE).orElse("");
        boolean matches = false;
        for (String path : request.signedPaths()) {
            String expected = tsa.orElseThrow().signature(
                    new OutgoingRequest(request.method(), path, contentType, request.body()), date, nonce);
            matches |= constantTimeEquals(presented, expected);
        }
        return matches;
    }

    static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameCustomer(String customerId, Credentials account) {
        return customerId.trim().equalsIgnoreCase(account.customerId());
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
