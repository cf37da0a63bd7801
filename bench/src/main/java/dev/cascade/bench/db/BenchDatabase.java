package dev.cascade.bench.db;

import dev.cascade.bench.BenchOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of the benchmark's own ({@code cascade_bench}, ...), created on first use by the
 * role of {@code .ci/postgres-setup} (it may create databases), emptied when a run needs a fresh ledger.
 */
public final class BenchDatabase {

    private final BenchOptions options;
    private final String name;

    public BenchDatabase(BenchOptions options, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        this.options = options;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return options.jdbcUrl(name);
    }

    /** Creates the database unless it exists. */
    public BenchDatabase ensureExists() throws SQLException {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), options.dbUser(), options.dbPassword());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (r.next()) {
                    return this;
                }
            }
            s.execute("CREATE DATABASE " + name);
        }
        return this;
    }

    /** Drops every table: the server's migrations then build the schema from nothing, as on a first install. */
    public BenchDatabase empty() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return this;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), options.dbUser(), options.dbPassword());
    }

    /** The single number a query returns (a count). */
    public long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** PostgreSQL's version, for the report ("15.18"). */
    public String serverVersion() throws SQLException {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }
}
