package dev.cascade.sending.demo;

import dev.cascade.ledger.application.Origin;
import dev.cascade.sending.MessageSending;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
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
 */
@ApplicationScoped
public class TrafficGenerator {

    private static final System.Logger LOG = System.getLogger(TrafficGenerator.class.getName());

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

    synchronized void start() {
        if (perMinute <= 0 || task != null) {
            return;
        }
        long periodMillis = Math.max(1, 60_000L / perMinute);
        task = scheduler.scheduleAtFixedRate(this::sendOne, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "demo traffic: " + perMinute + " message(s) a minute");
    }

    private void sendOne() {
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

    public long sent() {
        return sent.get();
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
