package dev.cascade.ledger.reporting;

/** The two ways a message reaches people that the dashboard compares. */
public enum DeliveryPath {
    /** Outcome DELIVERED_RCS: time from send to the RCS 3000/3005. */
    RCS,
    /** Outcome DELIVERED_SMS_FALLBACK: time from send to the SMS 3000, fallback wait included. */
    SMS_FALLBACK
}
