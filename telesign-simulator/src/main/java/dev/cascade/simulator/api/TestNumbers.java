package dev.cascade.simulator.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Numbers that make the simulator refuse a valid request the way Telesign can, so the error paths of
 * Cascade (the dashboard's test send, the client) can be tried on purpose. They are NANP's fictional
 * 555-01xx numbers, never real handsets:
 * <ul>
 *   <li>{@code 15550100400}: 400, code 3102 (invalid parameter)</li>
 *   <li>{@code 15550100401}: 401, code 3400 (not authorized)</li>
 *   <li>{@code 15550100429}: 429, code 3204 (rate limit), {@code Retry-After: 120}</li>
 *   <li>{@code 15550100503}: 503, code 3500 (service unavailable), {@code Retry-After: 120}</li>
 * </ul>
 */
final class TestNumbers {

    private static final Duration LONG_WAIT = Duration.ofSeconds(120);

    private TestNumbers() {
    }

    static Optional<TelesignAnswer> answerFor(String phoneNumber, Optional<String> externalId) {
        return switch (phoneNumber) {
            case "15550100400" -> Optional.of(Answers.plain(400, 3102, "Invalid value for parameter phone_number"));
            case "15550100401" -> Optional.of(Answers.notAuthorized(externalId));
            case "15550100429" -> Optional.of(Answers.rateLimited(LONG_WAIT, externalId));
            case "15550100503" -> Optional.of(Answers.unavailable(LONG_WAIT));
            default -> Optional.empty();
        };
    }
}
