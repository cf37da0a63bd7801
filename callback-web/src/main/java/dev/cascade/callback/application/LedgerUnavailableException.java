package dev.cascade.callback.application;

/**
 * The callback could not be stored now (database down, queue full, not configured). Answered 503 with
 * {@code Retry-After}: Telesign re-sends, and the callback is stored then. Never a 200 for this.
 */
public class LedgerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
