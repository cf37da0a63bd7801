package dev.cascade.telesign.client;

import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Anything that kept a Telesign call from succeeding. Catch a subclass for a category: the request
 * was invalid ({@link RequestValidationException}, {@link InvalidRequestException}), the account was
 * refused ({@link AuthenticationException}), Telesign pushed back ({@link RateLimitException},
 * {@link ServiceUnavailableException}), or the network failed ({@link TelesignConnectionException}).
 *
 * <p>Messages never contain credentials or phone numbers.
 */
public abstract class TelesignException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final Integer telesignCode;
    private final String referenceId;

    protected TelesignException(String message, int httpStatus, Optional<StatusCode> telesignCode,
                                Optional<ReferenceId> referenceId, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.telesignCode = telesignCode.map(StatusCode::value).orElse(null);
        this.referenceId = referenceId.map(ReferenceId::value).orElse(null);
    }

    /** The HTTP status Telesign answered with; empty when no answer came. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** Telesign's {@code status.code}, e.g. 3102, when the answer had one. */
    public Optional<StatusCode> telesignCode() {
        return Optional.ofNullable(telesignCode).map(StatusCode::of);
    }

    /** The message's reference id, when Telesign gave one. */
    public Optional<ReferenceId> referenceId() {
        return Optional.ofNullable(referenceId).map(ReferenceId::new);
    }
}
