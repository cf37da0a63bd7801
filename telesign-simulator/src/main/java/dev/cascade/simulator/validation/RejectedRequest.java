package dev.cascade.simulator.validation;

import java.util.Objects;

/**
 * A request Telesign would refuse: the error to answer, its description, and a detail saying which
 * rule was broken (for the simulator's log; Telesign's own texts are terse).
 */
public final class RejectedRequest extends Exception {

    private final RequestError error;
    private final String description;

    public RejectedRequest(RequestError error, String value, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.description = error.describe(value);
    }

    public RequestError error() {
        return error;
    }

    public String description() {
        return description;
    }

    public String detail() {
        return getMessage();
    }
}
