package dev.cascade.simulator.auth;

import java.util.Objects;

/**
 * Whether a request proved it comes from the account. Telesign answers every refusal alike (401,
 * code 3400 "Not authorized"); the reason is for the simulator's log only, and never contains a
 * secret.
 */
public record AuthVerdict(boolean accepted, String reason) {

    private static final AuthVerdict ACCEPTED = new AuthVerdict(true, "");

    public AuthVerdict {
        Objects.requireNonNull(reason, "reason");
    }

    public static AuthVerdict accept() {
        return ACCEPTED;
    }

    public static AuthVerdict refuse(String reason) {
        return new AuthVerdict(false, reason);
    }
}
