package dev.cascade.bench.ingest;

import dev.cascade.bench.ingest.CallbackWorkload.Callback;
import dev.cascade.bench.ingest.CallbackWorkload.PlannedMessage;
import dev.cascade.telesign.callback.CallbackSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed loop of {@code connections} senders, each posting one message's callbacks in order, then
 * the next message's: at most {@code connections} requests are in flight, each sender waits for its
 * answer before it sends again. The first {@code warmup} is sent but not measured; a sender still in a
 * message when the measured time is over finishes that message (unmeasured), so that every message is
 * either complete or lost to an error, never cut short by the clock.
 *
 * <p>Client: the JDK's {@link HttpClient} on HTTP/1.1. It keeps connections alive and reuses an idle one
 * for the next request, so {@code connections} synchronous senders use at most that many connections; it
 * needs no dependency, and its CPU cost is measured and reported (the generator's machine share).
 */
public final class LoadGenerator {

    /**
     * @param target     where to POST
     * @param firstIndex the workload's first message number (runs against the same ledger must not share)
     */
    public record Settings(URI target, int connections, Duration warmup, Duration duration, long firstIndex) {

        public Settings {
            if (connections < 1) {
                throw new IllegalArgumentException("--connections must be at least 1, not " + connections);
            }
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("--warmup must not be negative: " + warmup);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("--duration must be positive: " + duration);
            }
        }
    }

    /** What a sender saw of one message: which callbacks were answered 2xx (bit i = callback i). */
    public record MessageResult(PlannedMessage message, int acknowledged, int failed) {

        public boolean complete() {
            return acknowledged == message.all();
        }
    }

    /**
     * A run's result.
     *
     * @param latencyMicros every measured request, from sending to the whole answer
     * @param measured2xx   2xx answers to measured requests
     * @param measuredWall  the measured time (from the end of the warm-up to the end of the run)
     */
    public record Result(Histogram latencyMicros, long measured2xx, long measuredNon2xx, long measuredErrors,
                         Duration measuredWall, long total2xx, long total4xx, long total5xx, long totalErrors,
                         List<MessageResult> messages, List<String> sampleFailures) {

        public double throughput() {
            return measured2xx / (measuredWall.toNanos() / 1e9);
        }
    }

    /** Called once the warm-up is over and once the measured time is, for readings taken beside the run. */
    public interface Phases {
        void measuring();

        void measured();
    }

    private static final int SAMPLED_FAILURES = 5;

    private final CallbackWorkload workload;
    private final Settings settings;
    private final HttpClient client;

    public LoadGenerator(CallbackWorkload workload, Settings settings) {
        this.workload = workload;
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Result run(Phases phases) throws InterruptedException {
        AtomicLong nextMessage = new AtomicLong(settings.firstIndex());
        long started = System.nanoTime();
        long measureFrom = started + settings.warmup().toNanos();
        long measureUntil = measureFrom + settings.duration().toNanos();
        ExecutorService senders = Executors.newFixedThreadPool(settings.connections());
        List<Future<Sender>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < settings.connections(); i++) {
                Sender sender = new Sender(nextMessage, measureFrom, measureUntil);
                futures.add(senders.submit(() -> {
                    sender.run();
                    return sender;
                }));
            }
            sleepUntil(measureFrom);
            phases.measuring();
            sleepUntil(measureUntil);
            phases.measured();
            return collect(futures, Duration.ofNanos(measureUntil - measureFrom));
        } finally {
            senders.shutdownNow();
            senders.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Result collect(List<Future<Sender>> futures, Duration measuredWall) throws InterruptedException {
        Histogram latency = newHistogram();
        long m2xx = 0;
        long mNon2xx = 0;
        long mErrors = 0;
        long t2xx = 0;
        long t4xx = 0;
        long t5xx = 0;
        long tErrors = 0;
        List<MessageResult> messages = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Future<Sender> future : futures) {
            Sender s;
            try {
                s = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load generator sender failed", e.getCause());
            }
            latency.add(s.latency);
            m2xx += s.measured2xx;
            mNon2xx += s.measuredNon2xx;
            mErrors += s.measuredErrors;
            t2xx += s.total2xx;
            t4xx += s.total4xx;
            t5xx += s.total5xx;
            tErrors += s.totalErrors;
            messages.addAll(s.messages);
            s.failures.stream().limit(Math.max(0, SAMPLED_FAILURES - failures.size())).forEach(failures::add);
        }
        return new Result(latency, m2xx, mNon2xx, mErrors, measuredWall, t2xx, t4xx, t5xx, tErrors, messages, failures);
    }

    private static Histogram newHistogram() {
        // Microseconds up to 5 minutes, 3 significant digits.
        return new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** One connection's closed loop. Its fields are read by the collector only after it finished. */
    private final class Sender {
        private final AtomicLong nextMessage;
        private final long measureFrom;
        private final long measureUntil;
        private final Histogram latency = newHistogram();
        private final List<MessageResult> messages = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private long measured2xx;
        private long measuredNon2xx;
        private long measuredErrors;
        private long total2xx;
        private long total4xx;
        private long total5xx;
        private long totalErrors;

        Sender(AtomicLong nextMessage, long measureFrom, long measureUntil) {
            this.nextMessage = nextMessage;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        void run() throws InterruptedException {
            while (System.nanoTime() < measureUntil) {
                PlannedMessage message = workload.message(nextMessage.getAndIncrement());
                int acknowledged = 0;
                int failed = 0;
                for (int i = 0; i < message.callbacks(); i++) {
                    if (send(workload.callback(message, i))) {
                        acknowledged |= 1 << i;
                    } else {
                        failed |= 1 << i;
                    }
                }
                messages.add(new MessageResult(message, acknowledged, failed));
            }
        }

        /** Sends one callback; true when it was answered 2xx. */
        private boolean send(Callback callback) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(settings.target())
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(CallbackSignatures.AUTHORIZATION, callback.authorization())
                    .header(CallbackSignatures.X_TS_AUTHORIZATION, callback.authorization())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(callback.body()))
                    .build();
            long start = System.nanoTime();
            boolean measured = start >= measureFrom && start < measureUntil;
            int status;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                if (status / 100 != 2 && failures.size() < SAMPLED_FAILURES) {
                    failures.add(status + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                status = -1;
                if (failures.size() < SAMPLED_FAILURES) {
                    failures.add(e.toString());
                }
            }
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
            boolean ok = status / 100 == 2;
            if (ok) {
                total2xx++;
            } else if (status < 0) {
                totalErrors++;
            } else if (status / 100 == 5) {
                total5xx++;
            } else {
                total4xx++;
            }
            if (measured) {
                latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                if (ok) {
                    measured2xx++;
                } else if (status < 0) {
                    measuredErrors++;
                } else {
                    measuredNon2xx++;
                }
            }
            return ok;
        }
    }
}
