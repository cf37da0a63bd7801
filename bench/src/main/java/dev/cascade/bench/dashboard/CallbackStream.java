package dev.cascade.bench.dashboard;

import dev.cascade.bench.server.BenchServer;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A light, steady stream of signed delivery callbacks while the dashboard is measured, as in production:
 * in turn a new message (only ever seen in callbacks), a pending message of the data set delivered, and — every
 * tenth — the previous callback again (Telesign retries; the ledger must count it once). Runs on its own thread
 * until {@link #stop()}.
 */
public final class CallbackStream {

    /** A message of the data set waiting on {@code channel}. */
    public record Pending(String referenceId, String externalId, Channel channel) {
    }

    private static final int MAX_RETRIES = 10;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final URI endpoint;
    private final Duration interval;
    private final String runPrefix;
    private final Deque<Pending> pending;
    private final CallbackSignatures signatures = new CallbackSignatures(BenchServer.ACCOUNT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answeredOk = new AtomicLong();
    private final AtomicLong newMessages = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final Thread thread;
    private volatile String failure = "";

    /**
     * @param perSecond callbacks per second
     * @param runPrefix 4 hex digits that start this run's new reference ids (so runs never collide)
     */
    public CallbackStream(URI endpoint, int perSecond, String runPrefix, List<Pending> pending) {
        if (perSecond < 1 || perSecond > 1000) {
            throw new IllegalArgumentException("a light stream is 1-1000 callbacks per second, not " + perSecond);
        }
        if (!runPrefix.matches("[0-9A-F]{4}")) {
            throw new IllegalArgumentException("the run prefix is 4 hex digits, not " + runPrefix);
        }
        this.endpoint = endpoint;
        this.interval = Duration.ofNanos(1_000_000_000L / perSecond);
        this.runPrefix = runPrefix;
        this.pending = new ArrayDeque<>(pending);
        this.thread = new Thread(this::run, "callback-stream");
        thread.setDaemon(true);
    }

    public CallbackStream start() {
        thread.start();
        return this;
    }

    /** Stops and waits for the callback in flight. */
    public void stop() throws InterruptedException {
        running.set(false);
        thread.join(Duration.ofMinutes(1).toMillis());
    }

    public long sent() {
        return sent.get();
    }

    public long answeredOk() {
        return answeredOk.get();
    }

    /** Reference ids of new messages start with this. */
    public String newReferencePrefix() {
        return "BE4C" + runPrefix;
    }

    public long newMessages() {
        return newMessages.get();
    }

    public long delivered() {
        return delivered.get();
    }

    /** Callbacks sent again after a 503, as Telesign re-sends them. */
    public long retries() {
        return retries.get();
    }

    /** The first error, if any. */
    public String failure() {
        return failure;
    }

    private void run() {
        byte[] previous = null;
        long next = System.nanoTime();
        for (long n = 0; running.get(); n++) {
            try {
                byte[] body;
                if (n % 10 == 9 && previous != null) {
                    body = previous;
                } else if (n % 2 == 1 && !pending.isEmpty()) {
                    Pending message = pending.poll();
                    body = DeliveryReportWriter.write(delivered(message.referenceId(), Optional.of(message.externalId()), message.channel()));
                    delivered.incrementAndGet();
                } else {
                    String reference = newReferencePrefix() + String.format("%024X", newMessages.getAndIncrement());
                    body = DeliveryReportWriter.write(delivered(reference, Optional.empty(), Channel.RCS));
                }
                send(body);
                previous = body;
            } catch (IOException | RuntimeException e) {
                if (failure.isEmpty()) {
                    failure = e.toString();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            next += interval.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Sends a callback as Telesign does: a 503 (ledger busy or unavailable) is sent again, a few times, a second apart. */
    private void send(byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signatures.headersFor(body).forEach(request::header);
        sent.incrementAndGet();
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                Thread.sleep(RETRY_DELAY.toMillis());
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                answeredOk.incrementAndGet();
                return;
            }
            if (status != 503) {
                break;
            }
        }
        if (failure.isEmpty()) {
            failure = "a callback was not answered 2xx (after " + MAX_RETRIES + " re-sends on 503)";
        }
    }

    /** "Delivered on {@code channel}, now" for a message. */
    static DeliveryReport delivered(String referenceId, Optional<String> externalId, Channel channel) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new DeliveryReport(ReferenceId.of(referenceId), externalId,
                Optional.of(new OverallStatus(StatusCode.DELIVERED, "Delivered", Optional.of(channel), Optional.of(TelesignTimestamp.of(now)))),
                List.of(new ChannelStatus(channel, StatusCode.DELIVERED, "Delivered",
                        Optional.of(ReferenceId.of(String.format("%08X", channel.name().hashCode()) + referenceId.substring(8))),
                        Optional.of(TelesignTimestamp.of(now)))));
    }
}
