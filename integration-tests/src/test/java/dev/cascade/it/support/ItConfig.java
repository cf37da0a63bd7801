package dev.cascade.it.support;

import dev.cascade.telesign.auth.Credentials;
import java.net.URI;

/** What the failsafe execution says about this run: which database, which server, which account. */
public final class ItConfig {

    private ItConfig() {
    }

    public static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven (mvn verify)");
        }
        return value;
    }

    /** {@code h2} or {@code postgres}. */
    public static String database() {
        return property("cascade.db");
    }

    public static boolean onPostgres() {
        return database().equals("postgres");
    }

    public static String jdbcUrl() {
        return property("cascade.db.url");
    }

    public static String jdbcUser() {
        return property("cascade.db.user");
    }

    public static String jdbcPassword() {
        return property("cascade.db.password");
    }

    /** The account configured in the server (TELESIGN_CUSTOMER_ID / TELESIGN_API_KEY). */
    public static Credentials account() {
        return new Credentials(property("telesign.customer-id"), property("telesign.api-key"));
    }

    /** The server's HTTP listener: WildFly's 8080, shifted by {@code arq.port.offset}. */
    public static URI baseUrl() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset()));
    }

    public static URI managementUrl() {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset()));
    }

    private static int portOffset() {
        return Integer.parseInt(System.getProperty("arq.port.offset", "0"));
    }
}
