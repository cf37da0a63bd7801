package dev.cascade.telesign.status;

/** What a Telesign status code says about the message on that channel. */
public enum StatusKind {
    /** Still travelling (3001 in progress, 3002 at the gateway, channel set-up codes). */
    IN_PROGRESS(false),
    /** The handset confirmed it (3000). Read receipts (3005) may still follow on RCS. */
    DELIVERED(true),
    /** The user opened it (3005): delivered, and then some. */
    READ(true),
    /** Handed over, but no handset receipt will come (3004): probably delivered, never certain. */
    LIKELY_DELIVERED(true),
    /** This channel gave up: delivery error, carrier rejection, fallback time elapsed (3056)... */
    FAILED(true),
    /** A code this library does not know; treated as not final, so it never ends a message early. */
    UNKNOWN(false);

    private final boolean isFinal;

    StatusKind(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** Whether a channel in this state is finished: a later in-progress status cannot reopen it. */
    public boolean isFinal() {
        return isFinal;
    }

    /** Whether the message reached the handset on that channel (3004 counts only as likely). */
    public boolean isDelivered() {
        return this == DELIVERED || this == READ;
    }
}
