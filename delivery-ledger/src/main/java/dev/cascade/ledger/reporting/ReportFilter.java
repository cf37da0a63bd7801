package dev.cascade.ledger.reporting;

import dev.cascade.ledger.application.Origin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which messages a report counts: those sent in the hours that overlap [{@code from}, {@code to}) — the
 * aggregates' grain is the UTC hour, so {@code from} is rounded down and {@code to} up to the hour, and the
 * hour in progress counts — optionally of one message type, of some origins and of one country calling code.
 *
 * @param origins the origins counted; empty for all. {@link #LIVE} is Cascade's real traffic, {@link #TESTS}
 *                the dashboard's test sends
 */
public record ReportFilter(Instant from, Instant to, Optional<String> messageType, Set<Origin> origins,
                           Optional<String> callingCode) {

    /** Live traffic: what Cascade sent for real, and what Telesign reported without Cascade having sent it. */
    public static final Set<Origin> LIVE = Set.copyOf(EnumSet.of(Origin.CASCADE, Origin.CALLBACK));
    /** The dashboard's test sends. */
    public static final Set<Origin> TESTS = Set.of(Origin.TEST);

    public ReportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the range must end after it starts");
        }
        messageType = Objects.requireNonNull(messageType, "messageType").filter(type -> !type.isBlank());
        origins = Set.copyOf(origins);
        callingCode = Objects.requireNonNull(callingCode, "callingCode").filter(code -> !code.isBlank());
    }

    /** One origin, or all of them when {@code origin} is empty. */
    public ReportFilter(Instant from, Instant to, Optional<String> messageType, Optional<Origin> origin,
                        Optional<String> callingCode) {
        this(from, to, messageType, origin.map(Set::of).orElse(Set.of()), callingCode);
    }

    public static ReportFilter between(Instant from, Instant to) {
        return new ReportFilter(from, to, Optional.empty(), Set.of(), Optional.empty());
    }

    /** The first hour counted: {@code from} rounded down to the hour. */
    public Instant firstHour() {
        return from.truncatedTo(ChronoUnit.HOURS);
    }

    /** The end of the last hour counted (excluded): {@code to} rounded up to the hour. */
    public Instant endHour() {
        Instant down = to.truncatedTo(ChronoUnit.HOURS);
        return down.equals(to) ? to : down.plus(1, ChronoUnit.HOURS);
    }

    /** Whether a message of this origin is counted. */
    public boolean counts(Origin origin) {
        return origins.isEmpty() || origins.contains(origin);
    }
}
