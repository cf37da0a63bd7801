package dev.cascade.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Empties the test database before anything runs — before Arquillian starts WildFly and the EAR's
 * Flyway migrates — so every run starts from an empty schema: PostgreSQL's {@code public} schema is
 * dropped and recreated, H2's files are deleted.
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("cascade.db") == null) {
            return; // not a failsafe run of this module (e.g. an IDE discovering tests)
        }
        if (ItConfig.onPostgres()) {
            try (Connection c = DriverManager.getConnection(ItConfig.jdbcUrl(), ItConfig.jdbcUser(), ItConfig.jdbcPassword());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                s.execute("CREATE SCHEMA public");
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for the integration tests is not reachable at " + ItConfig.jdbcUrl()
                        + " as " + ItConfig.jdbcUser() + ": start it and create the database with `sudo .ci/postgres-setup` ("
                        + e.getMessage() + ")", e);
            }
        } else {
            String url = ItConfig.jdbcUrl();
            Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')));
            deleteDirectory(file.getParent());
        }
    }

    private static void deleteDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
