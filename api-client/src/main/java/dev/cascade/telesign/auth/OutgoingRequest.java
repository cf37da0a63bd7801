package dev.cascade.telesign.auth;

import java.util.Arrays;
import java.util.Objects;

/**
 * The parts of an HTTP request that authentication depends on.
 *
 * @param method      {@code GET}, {@code POST}, ...
 * @param path        the resource path without host or query, e.g. {@code /v1/omnichannel}
 * @param contentType the {@code Content-Type} to be sent, or empty when there is no body
 * @param body        the exact bytes to be sent (empty for none)
 */
public record OutgoingRequest(String method, String path, String contentType, byte[] body) {

    public OutgoingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        contentType = contentType == null ? "" : contentType;
        body = body == null ? new byte[0] : body;
    }

    public static OutgoingRequest get(String path) {
        return new OutgoingRequest("GET", path, "", new byte[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingRequest other
                && method.equals(other.method) && path.equals(other.path)
                && contentType.equals(other.contentType) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + body.length + " bytes)";
    }
}
