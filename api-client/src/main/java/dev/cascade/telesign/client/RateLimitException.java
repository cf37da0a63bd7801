package dev.cascade.telesign.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Telesign refused for a limit (HTTP 429): the rate limit (3204) is retried after {@code Retry-After};
 * "omnichannel not enabled" (3206) and "callback URL override not enabled" (3203) are account
 * settings and are not.
 */
public class RateLimitException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitException(ErrorResponse response, Optional<Duration> retryAfter) {
        super(response);
        this.retryAfter = retryAfter.orElse(null);
    }

    /** How long Telesign asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
