package dev.cascade.bench.dashboard;

import java.time.Instant;
import org.flywaydb.core.api.MigrationVersion;
import java.time.temporal.ChronoUnit;

/**
 * What a loaded data set is: {@code messages} spread over the {@code days} before {@code end}, drawn with
 * {@code seed} by generator version {@link #GENERATOR}, into the ledger's schema at {@code schemaVersion}. A data
 * set whose recorded {@link #key()} matches (everything but {@code end}, which only says when it was loaded) is
 * reused; one of the same messages at an older schema is migrated forward, as an upgrade would.
 */
public record DataSpec(long messages, int days, long seed, String schemaVersion, Instant end) {

    public static final long FULL = 10_000_000;
    public static final long SMOKE = 200_000;
    public static final int DAYS = 90;
    public static final long SEED = 20261127;
    /** Raised whenever {@link MessageGenerator} changes what it makes: a data set of another generator is loaded again. */
    public static final int GENERATOR = 1;

    public DataSpec {
        if (messages < 1) {
            throw new IllegalArgumentException("a data set needs at least one message, not " + messages);
        }
        if (days < 1 || days > 400) {
            throw new IllegalArgumentException("days must be 1-400, not " + days);
        }
        end = end.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The part that must match for a loaded data set to be reused. */
    public String key() {
        return dataKey() + ";schema=" + schemaVersion;
    }

    /** What was generated, whatever the schema: a data set that matches it at an older schema is migrated forward. */
    public String dataKey() {
        return "messages=" + messages + ";days=" + days + ";seed=" + seed + ";generator=" + GENERATOR;
    }

    /** Whether {@code recorded} holds the same messages at an older schema, which an upgrade's migrations can bring here. */
    public boolean upgrades(DataSpec recorded) {
        return recorded.dataKey().equals(dataKey())
                && MigrationVersion.fromVersion(recorded.schemaVersion()).compareTo(MigrationVersion.fromVersion(schemaVersion)) < 0;
    }
}
