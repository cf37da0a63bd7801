package dev.cascade.telesign.status;

/**
 * A delivery report that cannot be read: not JSON, no {@code reference_id}, a value of the wrong type.
 * The {@link #path()} names the field ({@code channel_status[1].sms.code}) so a 400 can say exactly what
 * was wrong. Unreadable timestamps are not malformed: they become warnings.
 */
public class MalformedReportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public MalformedReportException(String path, String problem) {
        this(path, problem, null);
    }

    public MalformedReportException(String path, String problem, Throwable cause) {
        super(path.isEmpty() ? problem : path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the document, e.g. {@code status.code}; empty for the document as a whole. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
