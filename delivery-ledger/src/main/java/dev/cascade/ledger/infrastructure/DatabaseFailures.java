package dev.cascade.ledger.infrastructure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What a failed ledger transaction means for the caller: the database is unreachable (answer 503,
 * Telesign re-sends), a conflict worth retrying at once (deadlock, serialization failure), or a bug.
 */
public final class DatabaseFailures {

    public enum Kind {
        /** No connection, or the server is shutting down or starting: nothing was written. */
        UNAVAILABLE,
        /** Deadlock, serialization failure, unique race: retrying the transaction will succeed. */
        RETRYABLE,
        OTHER
    }

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    /**
     * Serialization failure, deadlock, unique violation (a race on a new row); H2's lock timeout and
     * "concurrent update" (its MVCC conflict).
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "23505", "HYT00", "90131");

    private DatabaseFailures() {
    }

    public static Kind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return Kind.UNAVAILABLE;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return Kind.UNAVAILABLE;
                }
                if (RETRYABLE_STATES.contains(state)) {
                    return Kind.RETRYABLE;
                }
            }
            // The connection pool (IronJacamar) reports an unobtainable connection as a ResourceException,
            // and Hibernate wraps lost connections; neither depends on our code being right.
            String type = t.getClass().getName();
            if (type.equals("jakarta.resource.ResourceException")
                    || type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.startsWith("org.jboss.jca.core.connectionmanager")) {
                return Kind.UNAVAILABLE;
            }
        }
        return Kind.OTHER;
    }
}
