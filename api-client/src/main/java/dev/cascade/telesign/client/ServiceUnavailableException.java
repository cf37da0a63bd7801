package dev.cascade.telesign.client;

import java.time.Duration;
import java.util.Optional;

/** Telesign is temporarily unavailable (HTTP 503, code 3500): nothing was accepted, retrying is safe. */
public class ServiceUnavailableException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServiceUnavailableException(ErrorResponse response, Optional<Duration> retryAfter) {
        super(response);
        this.retryAfter = retryAfter.orElse(null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
