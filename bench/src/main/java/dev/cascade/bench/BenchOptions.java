package dev.cascade.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What every benchmark is told: where the repository is, where results go, which PostgreSQL, how long. */
public final class BenchOptions {

    @Option(names = "--smoke", description = "A short run that checks everything works (CI): small data, seconds not minutes.")
    boolean smoke;

    @Option(names = "--root", description = "The repository (default: the current directory).", defaultValue = ".")
    Path root;

    @Option(names = "--out", description = "Where the JSON results go (default: target/bench under the repository).")
    Path out;

    @Option(names = "--db-host", defaultValue = "${env:CASCADE_BENCH_DB_HOST:-127.0.0.1}", description = "PostgreSQL host (default: ${DEFAULT-VALUE}).")
    String dbHost;

    @Option(names = "--db-port", defaultValue = "${env:CASCADE_BENCH_DB_PORT:-5432}", description = "PostgreSQL port (default: ${DEFAULT-VALUE}).")
    int dbPort;

    @Option(names = "--db-user", defaultValue = "${env:CASCADE_BENCH_DB_USER:-cascade}", description = "A role that may create databases (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:CASCADE_BENCH_DB_PASSWORD:-cascade}", description = "Its password (default: the role's name in .ci/postgres-setup).")
    String dbPassword;

    @Option(names = "--port-offset", defaultValue = "${env:CASCADE_BENCH_PORT_OFFSET:-300}",
            description = "WildFly's port offset: HTTP on 8080 + offset, management on 9990 + offset (default: ${DEFAULT-VALUE}).")
    int portOffset;

    /** The defaults, for a repository at {@code root} (tests, and benchmarks that start others). */
    public static BenchOptions defaults(Path root, boolean smoke) {
        BenchOptions options = new BenchOptions();
        options.root = root;
        options.smoke = smoke;
        options.dbHost = "127.0.0.1";
        options.dbPort = 5432;
        options.dbUser = "cascade";
        options.dbPassword = "cascade";
        options.portOffset = 300;
        return options;
    }

    /** These options as command-line arguments: what {@code all} hands each benchmark it runs. */
    public List<String> asArguments() {
        List<String> arguments = new ArrayList<>(List.of("--root", root.toString(), "--db-host", dbHost, "--db-port",
                String.valueOf(dbPort), "--db-user", dbUser, "--db-password", dbPassword, "--port-offset", String.valueOf(portOffset)));
        if (out != null) {
            arguments.addAll(List.of("--out", out.toString()));
        }
        if (smoke) {
            arguments.add("--smoke");
        }
        return arguments;
    }

    public boolean smoke() {
        return smoke;
    }

    public Path root() {
        return root.toAbsolutePath().normalize();
    }

    public Path outputDirectory() {
        return out != null ? out.toAbsolutePath().normalize() : root().resolve("target").resolve("bench");
    }

    public String dbHost() {
        return dbHost;
    }

    public int dbPort() {
        return dbPort;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public int portOffset() {
        return portOffset;
    }

    /** The JDBC URL of database {@code name} on the benchmark's PostgreSQL. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + name;
    }
}
