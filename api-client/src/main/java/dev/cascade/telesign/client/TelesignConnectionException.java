package dev.cascade.telesign.client;

import java.util.Optional;

/**
 * No answer from Telesign: the connection was refused, could not be set up, broke, or timed out.
 * {@link #requestSent()} says whether the request may have reached Telesign — and so whether
 * sending again could deliver the message twice.
 */
public class TelesignConnectionException extends TelesignException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    public TelesignConnectionException(String message, boolean requestSent, Throwable cause) {
        super(message, 0, Optional.empty(), Optional.empty(), cause);
        this.requestSent = requestSent;
    }

    /** False only when the request certainly did not leave (refused, no connection set up). */
    public boolean requestSent() {
        return requestSent;
    }
}
