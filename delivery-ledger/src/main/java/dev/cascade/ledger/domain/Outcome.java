package dev.cascade.ledger.domain;

/**
 * What became of a message, decided from its channels' statuses by {@link OutcomeRules}. These are
 * the categories every count, chart and CSV of the dashboard uses; {@link #definition()} is the text
 * shown on hover and in {@code docs/metrics.md}.
 */
public enum Outcome {

    DELIVERED_RCS("Delivered as RCS",
            "The handset confirmed the RCS message (3000 Delivered or 3005 Read), whatever happened on other channels."),
    DELIVERED_SMS_FALLBACK("Delivered by SMS fallback",
            "RCS was tried first and failed (3056 fallback time elapsed, or another RCS failure); the SMS that followed was confirmed delivered (3000)."),
    DELIVERED_OTHER("Delivered otherwise",
            "Confirmed delivered, but neither as RCS nor as the SMS fallback of an RCS attempt: SMS-only sends, and other channels such as WhatsApp."),
    LIKELY_DELIVERED("Likely delivered",
            "Handed to the network with no handset receipt to come (3004): probably delivered, never confirmed. Not counted as delivered."),
    FAILED("Failed",
            "Every channel tried ended in failure and no further channel is to be tried."),
    PENDING("Pending",
            "No final answer yet: a channel is still in progress, or a fallback channel is still to come.");

    private final String label;
    private final String definition;

    Outcome(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** Whether the handset confirmed delivery (the "delivered overall" count). */
    public boolean isDelivered() {
        return this == DELIVERED_RCS || this == DELIVERED_SMS_FALLBACK || this == DELIVERED_OTHER;
    }

    public boolean isFinal() {
        return this != PENDING;
    }
}
