package dev.cascade.callback.application;

/**
 * A callback refused for what it is — unsigned, forged, unreadable, too big — answered with a 4xx and
 * never retried with success. Nothing of it reached the ledger (beyond a rejected receipt).
 *
 * @see dev.cascade.callback.rest.ProblemMappers
 */
public class CallbackRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String field;

    public CallbackRejectedException(int status, String type, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    public int status() {
        return status;
    }

    /** A short slug: {@code signature-invalid}, {@code malformed-body}... */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The JSON path at fault, or null. */
    public String field() {
        return field;
    }
}
