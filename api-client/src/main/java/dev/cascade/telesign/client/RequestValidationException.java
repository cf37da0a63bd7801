package dev.cascade.telesign.client;

import dev.cascade.telesign.message.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The request broke Telesign's rules and was not sent. Every problem is listed, each with its field. */
public class RequestValidationException extends TelesignException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RequestValidationException(List<Violation> violations) {
        super(describe(violations), 0, Optional.empty(), Optional.empty(), null);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "invalid request, not sent (" + violations.size() + (violations.size() == 1 ? " problem): " : " problems): ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
