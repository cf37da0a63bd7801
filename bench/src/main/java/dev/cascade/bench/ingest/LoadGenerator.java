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
     * @param targets         where to POST: callback {@code i} of message {@code m} goes to target
     *                        {@code (m + i) % targets.size()}, so one message's callbacks reach every node
     * @param firstIndex      the workload's first message number (runs against the same ledger must not share)
     * @param resend          what a sender does with a callback not answered 2xx
     * @param callbacksAtOnce true: a message's callbacks are sent all at once (in parallel, each to its
     *                        target) instead of one after the other — out of order, the way callbacks race
     * @param endIndex        no message from this number on is sent: a run of exactly the messages of another
     *                        ({@link Long#MAX_VALUE}: as many as the duration allows)
     */
    public record Settings(List<URI> targets, int connections, Duration warmup, Duration duration, long firstIndex,
                           Resend resend, boolean callbacksAtOnce, long endIndex) {

        public Settings {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("no target to send to");
            }
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

        /** One target, no re-sends, callbacks in order: the ingestion benchmark. */
        public Settings(URI target, int connections, Duration warmup, Duration duration, long firstIndex) {
            this(List.of(target), connections, warmup, duration, firstIndex, Resend.NEVER, false, Long.MAX_VALUE);
        }
    }

    /**
     * Re-sending like Telesign: a callback not answered 2xx (a 5xx, no answer at all) is sent again after a
     * pause that doubles from {@code firstPause} to {@code maxPause}, until it is answered 2xx or
     * {@code giveUpAfter} has passed since its first attempt. Any non-2xx is re-sent, 4xx included, as
     * Telesign does (docs/callbacks.md); the counts tell them apart.
     */
    public record Resend(Duration giveUpAfter, Duration firstPause, Duration maxPause) {

        public static final Resend NEVER = new Resend(Duration.ZERO, Duration.ZERO, Duration.ZERO);

        public boolean enabled() {
            return !giveUpAfter.isZero();
        }

        Duration pause(int attempt) {
            long millis = firstPause.toMillis() << Math.min(attempt - 1, 20);
            return Duration.ofMillis(Math.min(millis, maxPause.toMillis()));
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
                         List<MessageResult> messages, List<String> sampleFailures, long total503, long resends) {

        public double throughput() {
            return measured2xx / (measuredWall.toNanos() / 1e9);
        }

        /** Distinct callbacks sent (re-sends not counted again). */
        public long callbacksSent() {
            return messages.stream().mapToLong(m -> m.message().callbacks()).sum();
        }

        /** Distinct callbacks answered 2xx in the end. */
        public long callbacksAcknowledged() {
            return messages.stream().mapToLong(m -> Integer.bitCount(m.acknowledged())).sum();
        }
    }

    /** Called once the warm-up is over and once the measured time is, for readings taken beside the run. */
    public interface Phases {
        /** For a run whose readings are taken around it, not beside it. */
        Phases NONE = new Phases() {
            @Override
            public void measuring() {
            }

            @Override
            public void measured() {
            }
        };

        void measuring();

        void measured();
    }

    private static final int SAMPLED_FAILURES = 5;

    private final CallbackWorkload workload;
    private final Settings settings;
    private final HttpClient client;
    private final AtomicLong acknowledgedSoFar = new AtomicLong();
    private final AtomicLong attemptsSoFar = new AtomicLong();

    public LoadGenerator(CallbackWorkload workload, Settings settings) {
        this.workload = workload;
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Callbacks answered 2xx so far (re-sends included once): for a fault injected during the run. */
    public long acknowledgedSoFar() {
        return acknowledgedSoFar.get();
    }

    /** Requests sent so far, re-sends included. */
    public long attemptsSoFar() {
        return attemptsSoFar.get();
    }

    public Result run(Phases phases) throws InterruptedException {
        AtomicLong nextMessage = new AtomicLong(settings.firstIndex());
        long started = System.nanoTime();
        long measureFrom = started + settings.warmup().toNanos();
        long measureUntil = measureFrom + settings.duration().toNanos();
        ExecutorService senders = Executors.newFixedThreadPool(settings.connections());
        // Only for callbacksAtOnce: a message's callbacks beyond the first, each on its own thread.
        ExecutorService racers = settings.callbacksAtOnce() ? Executors.newCachedThreadPool() : null;
        List<Future<Sender>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < settings.connections(); i++) {
                Sender sender = new Sender(nextMessage, measureFrom, measureUntil, racers);
                futures.add(senders.submit(() -> {
                    sender.run();
                    return sender;
                }));
            }
            sleepUntil(measureFrom);
            phases.measuring();
            // Until the clock says so, or sooner when every sender ran out of messages (endIndex).
            while (System.nanoTime() < measureUntil && !futures.stream().allMatch(Future::isDone)) {
                TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(100, TimeUnit.NANOSECONDS.toMillis(measureUntil - System.nanoTime()))));
            }
            long measuredTo = Math.min(System.nanoTime(), measureUntil);
            phases.measured();
            return collect(futures, Duration.ofNanos(Math.max(1, measuredTo - measureFrom)));
        } finally {
            senders.shutdownNow();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            if (racers != null) {
                racers.shutdownNow();
            }
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
        long t503 = 0;
        long resends = 0;
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
            t503 += s.total503;
            resends += s.resends;
            messages.addAll(s.messages);
            s.failures.stream().limit(Math.max(0, SAMPLED_FAILURES - failures.size())).forEach(failures::add);
        }
        return new Result(latency, m2xx, mNon2xx, mErrors, measuredWall, t2xx, t4xx, t5xx, tErrors, messages, failures, t503, resends);
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

    /**
     * One connection's closed loop. Its fields are written by its own thread and, with callbacksAtOnce, by
     * the racers it waits for (synchronized); the collector reads them only after it finished.
     */
    private final class Sender {
        private final AtomicLong nextMessage;
        private final long measureFrom;
        private final long measureUntil;
        private final ExecutorService racers;
        private final Histogram latency = newHistogram();
        private final List<MessageResult> messages = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private long measured2xx;
        private long measuredNon2xx;
        private long measuredErrors;
        private long total2xx;
        private long total4xx;
        private long total5xx;
        private long total503;
        private long totalErrors;
        private long resends;

        Sender(AtomicLong nextMessage, long measureFrom, long measureUntil, ExecutorService racers) {
            this.nextMessage = nextMessage;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.racers = racers;
        }

        void run() throws InterruptedException {
            while (System.nanoTime() < measureUntil) {
                long index = nextMessage.getAndIncrement();
                if (index >= settings.endIndex()) {
                    return;
                }
                PlannedMessage message = workload.message(index);
                int[] outcome = racers == null ? inOrder(message) : atOnce(message);
                messages.add(new MessageResult(message, outcome[0], outcome[1]));
            }
        }

        /** {acknowledged, failed} bit masks; a callback re-sent until 2xx has its bit in both. */
        private int[] inOrder(PlannedMessage message) throws InterruptedException {
            int acknowledged = 0;
            int failed = 0;
            for (int i = 0; i < message.callbacks(); i++) {
                int[] one = deliver(message, i);
                acknowledged |= one[0];
                failed |= one[1];
            }
            return new int[] {acknowledged, failed};
        }

        private int[] atOnce(PlannedMessage message) throws InterruptedException {
            List<Future<int[]>> racing = new ArrayList<>();
            for (int i = 1; i < message.callbacks(); i++) {
                int position = i;
                racing.add(racers.submit(() -> deliver(message, position)));
            }
            int[] total = deliver(message, 0);
            for (Future<int[]> f : racing) {
                try {
                    int[] one = f.get();
                    total[0] |= one[0];
                    total[1] |= one[1];
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a racing callback failed", e.getCause());
                }
            }
            return total;
        }

        /** Sends callback {@code i}, re-sending as settings say: {acknowledged bit, failed bit}. */
        private int[] deliver(PlannedMessage message, int i) throws InterruptedException {
            Callback callback = workload.callback(message, i);
            URI target = settings.targets().get((int) ((message.index() + i) % settings.targets().size()));
            long first = System.nanoTime();
            int failed = 0;
            for (int attempt = 1; ; attempt++) {
                int status = send(target, callback);
                if (status / 100 == 2) {
                    acknowledgedSoFar.incrementAndGet();
                    return new int[] {1 << i, failed};
                }
                failed = 1 << i;
                if (!settings.resend().enabled()
                        || System.nanoTime() - first > settings.resend().giveUpAfter().toNanos()) {
                    return new int[] {0, failed};
                }
                synchronized (this) {
                    resends++;
                }
                Thread.sleep(settings.resend().pause(attempt).toMillis());
            }
        }

        /** Sends one request; its status, or -1 when no answer came. */
        private int send(URI target, Callback callback) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(CallbackSignatures.AUTHORIZATION, callback.authorization())
                    .header(CallbackSignatures.X_TS_AUTHORIZATION, callback.authorization())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(callback.body()))
                    .build();
            attemptsSoFar.incrementAndGet();
            long start = System.nanoTime();
            int status;
            String failure = null;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                if (status / 100 != 2) {
                    failure = status + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                status = -1;
                failure = e.toString();
            }
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
            count(start, status, micros, failure);
            return status;
        }

        private synchronized void count(long start, int status, long micros, String failure) {
            boolean measured = start >= measureFrom && start < measureUntil;
            if (failure != null && failures.size() < SAMPLED_FAILURES && !failures.contains(failure)) {
                failures.add(failure);
            }
            boolean ok = status / 100 == 2;
            if (ok) {
                total2xx++;
            } else if (status < 0) {
                totalErrors++;
            } else if (status / 100 == 5) {
                total5xx++;
                if (status == 503) {
                    total503++;
                }
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
        }
    }
}
