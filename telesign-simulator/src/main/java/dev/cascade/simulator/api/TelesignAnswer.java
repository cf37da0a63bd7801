package dev.cascade.simulator.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP answer as Telesign would give it: status, JSON body, extra headers. Plain data, so what the
 * simulator answers is testable without a JAX-RS runtime; the resource turns it into a response.
 */
public record TelesignAnswer(int httpStatus, byte[] body, Map<String, String> headers) {

    public TelesignAnswer {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TelesignAnswer other && httpStatus == other.httpStatus && Arrays.equals(body, other.body)
                && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(httpStatus, Arrays.hashCode(body), headers);
    }

    @Override
    public String toString() {
        return "TelesignAnswer[" + httpStatus + ", " + new String(body, java.nio.charset.StandardCharsets.UTF_8) + "]";
    }
}
