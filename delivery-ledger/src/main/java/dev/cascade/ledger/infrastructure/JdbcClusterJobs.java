package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.ledger.jobs.LeaseRules;
import dev.cascade.ledger.jobs.LeaseState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Leases in {@code job_lease}, on plain JDBC with every statement committing by itself (outside any caller's
 * transaction), so a lease is visible to the other nodes at once and never waits for a job's own work.
 *
 * <p>Acquiring: the row is created if absent (race-free: {@code ON CONFLICT DO NOTHING} / {@code MERGE}), read,
 * judged by {@link LeaseRules}, and taken by an {@code UPDATE ... WHERE version = ?}. Of several nodes that read
 * the same version, the database lets exactly one update succeed: on PostgreSQL the others wait for its row lock,
 * then find the version changed and update nothing; H2 does the same or reports a concurrent update, which
 * here also means "someone else got it".
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class JdbcClusterJobs implements ClusterJobs {

    @Resource(lookup = "java:jboss/datasources/CascadeDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    private volatile SqlDialect dialect;

    @Override
    public Optional<JobLease> acquire(String job, String holder, Duration duration, Optional<Duration> spacing) {
        LeaseRules.check(job, duration);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement create = c.prepareStatement(dialect(c).createLeaseIfAbsent())) {
                create.setString(1, job);
                create.executeUpdate();
            }
            LeaseState state = read(c, job);
            Instant now = clock.instant();
            if (!LeaseRules.mayTake(state, now, spacing)) {
                return Optional.empty();
            }
            JobLease lease = new JobLease(job, Columns.cut(holder, 160) + "#" + UUID.randomUUID(), now, now.plus(duration));
            try (PreparedStatement take = c.prepareStatement("UPDATE job_lease SET holder = ?, acquired_at = ?, expires_at = ?,"
                    + " last_started_at = ?, version = version + 1 WHERE name = ? AND version = ?")) {
                take.setString(1, lease.holder());
                take.setObject(2, utc(now));
                take.setObject(3, utc(lease.expiresAt()));
                take.setObject(4, utc(now));
                take.setString(5, job);
                take.setLong(6, state.version());
                return take.executeUpdate() == 1 ? Optional.of(lease) : Optional.empty();
            }
        } catch (SQLException e) {
            if (DatabaseFailures.classify(e) == DatabaseFailures.Kind.RETRYABLE) {
                return Optional.empty(); // another node took or created the row in the same instant
            }
            throw new PersistenceException("cannot acquire the lease of job " + job, e);
        }
    }

    @Override
    public boolean renew(JobLease lease, Duration duration) {
        LeaseRules.check(lease.job(), duration);
        return update("UPDATE job_lease SET expires_at = ? WHERE name = ? AND holder = ?",
                utc(clock.instant().plus(duration)), lease) == 1;
    }

    @Override
    public void release(JobLease lease) {
        update("UPDATE job_lease SET holder = NULL, expires_at = NULL WHERE name = ? AND holder = ?", null, lease);
    }

    private int update(String sql, OffsetDateTime time, JobLease lease) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            int p = 1;
            if (time != null) {
                s.setObject(p++, time);
            }
            s.setString(p++, lease.job());
            s.setString(p, lease.holder());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot update the lease of job " + lease.job(), e);
        }
    }

    private static LeaseState read(Connection c, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT holder, expires_at, last_started_at, version FROM job_lease WHERE name = ?")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("the lease row of job " + job + " vanished after it was created");
                }
                return new LeaseState(job, Optional.ofNullable(r.getString(1)), instant(r.getObject(2, OffsetDateTime.class)),
                        instant(r.getObject(3, OffsetDateTime.class)), r.getLong(4));
            }
        }
    }

    private SqlDialect dialect(Connection c) throws SQLException {
        if (dialect == null) {
            dialect = SqlDialect.of(c.getMetaData().getDatabaseProductName());
        }
        return dialect;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
