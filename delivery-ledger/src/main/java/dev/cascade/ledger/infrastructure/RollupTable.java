package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.rollup.DeliveryTimeCell;
import dev.cascade.ledger.rollup.OutcomeCell;
import java.util.List;

/** The two aggregate tables (migration V2): their key columns, in primary-key order, and those columns' types. */
enum RollupTable {
    OUTCOME("outcome_rollup",
            List.of("message_type", "calling_code", "hour_start", "origin", "outcome", "rcs_failure_code", "fallback_time_seconds"),
            List.of("VARCHAR(8)", "VARCHAR(4)", "TIMESTAMP WITH TIME ZONE", "VARCHAR(16)", "VARCHAR(32)", "INTEGER", "INTEGER")),
    DELIVERY_TIME("delivery_time_rollup",
            List.of("message_type", "calling_code", "period", "period_start", "origin", "path", "up_to_ms"),
            List.of("VARCHAR(8)", "VARCHAR(4)", "VARCHAR(4)", "TIMESTAMP WITH TIME ZONE", "VARCHAR(16)", "VARCHAR(16)", "BIGINT"));

    private final String table;
    private final List<String> columns;
    private final List<String> types;

    RollupTable(String table, List<String> columns, List<String> types) {
        this.table = table;
        this.columns = columns;
        this.types = types;
    }

    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    List<String> types() {
        return types;
    }

    /** A cell's key, in {@link #columns()} order, as statements bind it. */
    static List<Object> key(OutcomeCell cell) {
        return List.of(cell.messageType(), cell.callingCode(), cell.hour(), cell.origin().name(), cell.outcome().name(),
                cell.rcsFailureCode(), cell.fallbackTimeSeconds());
    }

    static List<Object> key(DeliveryTimeCell cell) {
        return List.of(cell.messageType(), cell.callingCode(), cell.period().name(), cell.start(), cell.origin().name(),
                cell.path().name(), cell.upToMillis());
    }
}
