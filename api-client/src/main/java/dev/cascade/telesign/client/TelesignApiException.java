package dev.cascade.telesign.client;

import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.util.Optional;

/** Telesign answered, and the answer was an error. */
public abstract class TelesignApiException extends TelesignException {

    private static final long serialVersionUID = 1L;

    private final String description;

    protected TelesignApiException(ErrorResponse response) {
        super(response.summary(), response.httpStatus(), response.code(), response.referenceId(), null);
        this.description = response.description();
    }

    /** Telesign's {@code status.description}, or a summary of a body that had none. */
    public String description() {
        return description;
    }

    /** The parts of an error answer every category carries. */
    public record ErrorResponse(int httpStatus, Optional<StatusCode> code, String description,
                                Optional<ReferenceId> referenceId) {

        String summary() {
            return "Telesign answered HTTP " + httpStatus
                    + code.map(c -> " with code " + c.value()).orElse("")
                    + (description.isEmpty() ? "" : ": " + description);
        }
    }
}
