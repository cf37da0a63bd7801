package dev.cascade.telesign.client;

/** The request went out and no answer came in time: Telesign may or may not have accepted it. */
public class TelesignTimeoutException extends TelesignConnectionException {

    private static final long serialVersionUID = 1L;

    public TelesignTimeoutException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
