package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.DeliveryReportWriter;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays a message's timeline: each step at its (compressed) time, posted as a signed callback, sent
 * again on a non-2xx answer or a connection failure as Telesign does.
 *
 * <p>A message's callbacks go out one after the other: the next step is not posted before the
 * previous one was acknowledged or given up on, so a receiver sees them in order (a retried step
 * delays the ones after it). Steps of different messages are independent.
 */
public final class CallbackPlayer {

    private static final System.Logger LOG = System.getLogger(CallbackPlayer.class.getName());

    private final Scheduler scheduler;
    private final CallbackSender sender;
    private final CallbackSigner signer;
    private final TimeCompression compression;
    private final RetrySchedule retries;
    private final Clock clock;
    private final CallbackLoss loss;

    public CallbackPlayer(Scheduler scheduler, CallbackSender sender, CallbackSigner signer, TimeCompression compression,
                          RetrySchedule retries, Clock clock) {
        this(scheduler, sender, signer, compression, retries, clock, CallbackLoss.NONE);
    }

    /** @param loss which callbacks are lost on the way and never posted */
    public CallbackPlayer(Scheduler scheduler, CallbackSender sender, CallbackSigner signer, TimeCompression compression,
                          RetrySchedule retries, Clock clock, CallbackLoss loss) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.compression = Objects.requireNonNull(compression, "compression");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loss = Objects.requireNonNull(loss, "loss");
    }

    /** Starts playing; returns at once. */
    public void play(SimulatedMessage message) {
        scheduleStep(message, 0);
    }

    private void scheduleStep(SimulatedMessage message, int index) {
        if (index >= message.timeline().size()) {
            return;
        }
        Instant due = message.acceptedAt().plus(compression.toReal(message.timeline().step(index).offset()));
        Duration wait = Duration.between(clock.instant(), due);
        scheduler.schedule(() -> playStep(message, index), wait.isNegative() ? Duration.ZERO : wait);
    }

    private void playStep(SimulatedMessage message, int index) {
        // Reached even when lost: Telesign moved on, only its callback did not arrive; a lookup shows the step.
        message.reach(index);
        if (loss.drops(message.referenceId(), index)) {
            LOG.log(Level.DEBUG, () -> "callback " + (index + 1) + " of " + message.referenceId() + " lost on purpose"
                    + " (simulator.callback.drop-share)");
            scheduleStep(message, index + 1);
            return;
        }
        byte[] body = DeliveryReportWriter.write(message.timeline().step(index).report());
        attempt(message, index, body, 1);
    }

    private void attempt(SimulatedMessage message, int index, byte[] body, int attempt) {
        Optional<String> failure = post(message.callbackUrl(), body);
        if (failure.isEmpty()) {
            scheduleStep(message, index + 1);
            return;
        }
        Optional<Duration> wait = retries.waitAfter(attempt);
        if (wait.isPresent()) {
            LOG.log(Level.DEBUG, () -> "callback " + (index + 1) + " of " + message.referenceId() + " to "
                    + message.callbackUrl() + " failed (" + failure.get() + "), attempt " + attempt
                    + "; sending again in " + wait.get().toSeconds() + " s (simulated)");
            scheduler.schedule(() -> attempt(message, index, body, attempt + 1), compression.toReal(wait.get()));
        } else {
            LOG.log(Level.WARNING, () -> "callback " + (index + 1) + " of " + message.referenceId() + " to "
                    + message.callbackUrl() + " given up after " + attempt + " attempts: " + failure.get());
            scheduleStep(message, index + 1);
        }
    }

    /** Empty when the receiver took it (2xx); otherwise why not. */
    private Optional<String> post(URI url, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(signer.headersFor(body));
        headers.put("Content-Type", "application/json");
        try {
            int status = sender.post(url, body, headers);
            return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.toString());
        }
    }
}
