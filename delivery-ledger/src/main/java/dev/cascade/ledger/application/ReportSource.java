package dev.cascade.ledger.application;

/** How a delivery report reached Cascade. */
public enum ReportSource {
    /** Posted by Telesign's callback service. */
    CALLBACK,
    /** Fetched by Cascade with a status lookup because a callback never came. */
    RECONCILED,
    /** Made up by the demo's history back-fill: never received from anyone. */
    BACKFILL
}
