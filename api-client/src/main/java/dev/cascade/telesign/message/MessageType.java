package dev.cascade.telesign.message;

import java.util.Locale;

/** Telesign's traffic category; it decides routing, pricing and regulatory handling. */
public enum MessageType {
    /** Alerts, reminders, notifications. */
    ARN,
    /** Marketing. */
    MKT,
    /** One-time passwords. */
    OTP;

    public static MessageType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown message type '" + text + "': use ARN, MKT or OTP", e);
        }
    }
}
