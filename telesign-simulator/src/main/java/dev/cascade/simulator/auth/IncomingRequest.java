package dev.cascade.simulator.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of a received request that authentication depends on.
 *
 * @param method      {@code GET}, {@code POST}
 * @param signedPaths the resource paths a client may have signed: the API path ({@code /v1/omnichannel},
 *                    what Telesign's SDKs sign even behind a context root) and the full request path
 * @param headers     the request's headers (looked up case-insensitively)
 * @param body        the raw body, empty for none
 */
public record IncomingRequest(String method, List<String> signedPaths, Map<String, String> headers, byte[] body) {

    public static final String AUTHORIZATION = "Authorization";
    public static final String DATE = "Date";
    public static final String AUTH_METHOD = "x-ts-auth-method";
    public static final String NONCE = "x-ts-nonce";
    public static final String CONTENT_TYPE = "Content-Type";

    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        signedPaths = List.copyOf(signedPaths);
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncomingRequest other && method.equals(other.method) && signedPaths.equals(other.signedPaths)
                && headers.equals(other.headers) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, signedPaths, headers, Arrays.hashCode(body));
    }

    /** Without header values: they carry credentials. */
    @Override
    public String toString() {
        return method + " " + signedPaths.get(0) + " (" + body.length + " bytes)";
    }
}
