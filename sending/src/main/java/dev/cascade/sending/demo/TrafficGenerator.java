package dev.cascade.sending.demo;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.sending.MessageSending;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's steady trickle of messages, sent through the real client (to the simulator, or to
 * Telesign if so configured) and recorded like any send, so callbacks arrive and charts move.
 * {@code cascade.demo.traffic.per-minute} (default 0: off).
 *
 * <p>Every node of a cluster schedules it, but only the node holding the {@value #JOB} lease sends: the
 * rate is the cluster's, not per node. The holder renews the lease every {@link #RENEW_EVERY}; if it dies,
 * another node takes the traffic over once the lease ({@link #LEASE}) has expired.
 */
@ApplicationScoped
public class TrafficGenerator {

    private static final System.Logger LOG = System.getLogger(TrafficGenerator.class.getName());

    /** The lease's name in {@code job_lease}. */
    public static final String JOB = "demo-traffic";
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration RENEW_EVERY = Duration.ofSeconds(15);

    @Inject
    ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "cascade")
    String node;

    @Inject
    MessageSending sending;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "cascade.demo.traffic.per-minute", defaultValue = "0")
    int perMinute;

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private ScheduledFuture<?> task;
    /** Only the scheduler's thread touches these (scheduleAtFixedRate never overlaps runs). */
    private volatile Optional<JobLease> lease = Optional.empty();
    private long renewedAt;

    synchronized void start() {
        if (perMinute <= 0 || task != null) {
            return;
        }
        long periodMillis = Math.max(1, 60_000L / perMinute);
        task = scheduler.scheduleAtFixedRate(this::sendOne, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "demo traffic: " + perMinute + " message(s) a minute");
    }

    private void sendOne() {
        if (!holdsTheTraffic()) {
            return;
        }
        DemoMessages messages = new DemoMessages(ThreadLocalRandom.current());
        String externalId = "demo-" + System.currentTimeMillis() % 100_000_000 + "-" + sent.get();
        try {
            SendResult result = sending.send(messages.next(externalId), Origin.CASCADE, Optional.empty());
            sent.incrementAndGet();
            LOG.log(Level.DEBUG, () -> "demo traffic sent " + result.referenceId());
        } catch (TelesignException | RuntimeException e) {
            // A scheduled task that throws is cancelled; the demo should keep going and say why it could not.
            if (failed.incrementAndGet() % 20 == 1) {
                LOG.log(Level.WARNING, "demo traffic could not send (" + failed.get() + " so far): " + e.getMessage());
            }
        }
    }

    /** Whether this node sends now: it holds the lease (renewed when due) or has just taken it. */
    private boolean holdsTheTraffic() {
        long now = System.nanoTime();
        try {
            if (lease.isPresent()) {
                if (now - renewedAt < RENEW_EVERY.toNanos()) {
                    return true;
                }
                if (jobs.renew(lease.get(), LEASE)) {
                    renewedAt = now;
                    return true;
                }
                LOG.log(Level.WARNING, "demo traffic: lost its lease to another node; this node stops sending");
                lease = Optional.empty();
            }
            lease = jobs.acquire(JOB, node, LEASE, Optional.empty());
            if (lease.isPresent()) {
                renewedAt = now;
                LOG.log(Level.INFO, "demo traffic: this node (" + node + ") sends the cluster's " + perMinute + " message(s) a minute");
            }
            return lease.isPresent();
        } catch (RuntimeException e) {
            // The database may be away for a while: send nothing meanwhile, keep the task alive.
            LOG.log(Level.DEBUG, () -> "demo traffic: could not check its lease: " + e.getMessage());
            return false;
        }
    }

    public long sent() {
        return sent.get();
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        try {
            lease.ifPresent(jobs::release);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "demo traffic: could not release its lease (it expires by itself): " + e.getMessage());
        }
    }
}
