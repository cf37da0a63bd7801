package dev.cascade.ledger.infrastructure;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the ledger's schema to the current version with Flyway (SQL migrations in
 * {@code db/migration} of this jar, plus {@link RollupBackfill}, which needs the ledger's Java rules).
 * Called once at deployment, before anything touches JPA; Flyway's own lock makes concurrent start-ups
 * of several nodes safe.
 */
public final class LedgerSchema {

    private static final System.Logger LOG = System.getLogger(LedgerSchema.class.getName());

    private LedgerSchema() {
    }

    /** @return the schema version after migrating */
    public static String migrate(DataSource dataSource) {
        return migrate(dataSource, MigrationVersion.LATEST);
    }

    /**
     * Migrates up to {@code target} only: {@code ./cascade bench dashboard} loads its messages into the
     * schema of version 2 so that migration 2.1 builds the aggregates from them as it would on an upgrade.
     *
     * @return the schema version after migrating
     */
    public static String migrate(DataSource dataSource, MigrationVersion target) {
        long started = System.nanoTime();
        MigrateResult result = flyway(dataSource).target(target).load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.log(Level.INFO, "Ledger schema at version {0} ({1} migration(s) applied on {2} in {3} ms)",
                version, result.migrationsExecuted, result.database, (System.nanoTime() - started) / 1_000_000);
        return version;
    }

    /** The version the newest migration of this build brings the schema to. */
    public static String latestVersion(DataSource dataSource) {
        MigrationInfo[] all = flyway(dataSource).load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static FluentConfiguration flyway(DataSource dataSource) {
        SqlDialect dialect = dialect(dataSource);
        return Flyway.configure(LedgerSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of(SqlDialect.ROLLUP_KEY_INCLUDES, dialect.rollupKeyIncludes(),
                        SqlDialect.KEPT_BODIES_INDEX, dialect.keptBodiesIndex(),
                        SqlDialect.PENDING_MESSAGES_INDEX, dialect.pendingMessagesIndex()))
                .javaMigrations(new RollupBackfill())
                .failOnMissingLocations(true);
    }

    private static SqlDialect dialect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the ledger is on", e);
        }
    }
}
