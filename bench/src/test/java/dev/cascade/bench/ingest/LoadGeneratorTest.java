package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cascade.bench.server.BenchServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generator against a real HTTP server that fails on purpose: what is re-sent, what is counted. */
class LoadGeneratorTest {

    private final CallbackWorkload workload = new CallbackWorkload(3, Instant.parse("2026-11-27T10:00:00Z"), BenchServer.ACCOUNT);
    private final ConcurrentHashMap<String, AtomicInteger> attemptsPerBody = new ConcurrentHashMap<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aCallbackAnswered503IsReSentUntilAcknowledgedAndCountedOnce() throws Exception {
        URI target = serve("/callbacks", (attempt) -> attempt == 1 ? 503 : 200);
        LoadGenerator generator = new LoadGenerator(workload, new LoadGenerator.Settings(List.of(target), 2, Duration.ZERO,
                Duration.ofSeconds(30), 0, new LoadGenerator.Resend(Duration.ofSeconds(10), Duration.ofMillis(1), Duration.ofMillis(5)), false, 5));

        LoadGenerator.Result result = generator.run(LoadGenerator.Phases.NONE);

        assertThat(result.messages()).hasSize(5);
        assertThat(result.callbacksAcknowledged()).isEqualTo(result.callbacksSent());
        assertThat(result.total503()).isEqualTo(result.callbacksSent());
        assertThat(result.resends()).isEqualTo(result.callbacksSent());
        assertThat(result.messages()).allMatch(m -> m.complete() && m.failed() == m.message().all());
        assertThat(generator.acknowledgedSoFar()).isEqualTo(result.callbacksSent());
        assertThat(attemptsPerBody.values()).allMatch(a -> a.get() == 2);
    }

    @Test
    void withoutReSendsAFailureStaysUnacknowledged() throws Exception {
        URI target = serve("/callbacks", (attempt) -> 500);

        LoadGenerator.Result result = new LoadGenerator(workload, new LoadGenerator.Settings(List.of(target), 1, Duration.ZERO,
                Duration.ofSeconds(30), 0, LoadGenerator.Resend.NEVER, false, 2)).run(LoadGenerator.Phases.NONE);

        assertThat(result.callbacksAcknowledged()).isZero();
        assertThat(result.total5xx()).isEqualTo(result.callbacksSent());
        assertThat(result.total503()).isZero();
        assertThat(result.resends()).isZero();
    }

    @Test
    void callbacksAtOnceReachEveryTargetAndAllAreAcknowledged() throws Exception {
        URI one = serve("/a", (attempt) -> 200);
        URI two = one.resolve("/b");

        LoadGenerator.Result result = new LoadGenerator(workload, new LoadGenerator.Settings(List.of(one, two), 2, Duration.ZERO,
                Duration.ofSeconds(30), 0, LoadGenerator.Resend.NEVER, true, 10)).run(LoadGenerator.Phases.NONE);

        assertThat(result.callbacksAcknowledged()).isEqualTo(result.callbacksSent());
        assertThat(hits.get("/a").get()).isPositive();
        assertThat(hits.get("/b").get()).isPositive();
        assertThat(hits.get("/a").get() + hits.get("/b").get()).isEqualTo((int) result.callbacksSent());
    }

    @Test
    void pausesDoubleUpToTheirCeiling() {
        LoadGenerator.Resend resend = new LoadGenerator.Resend(Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofSeconds(2));

        assertThat(List.of(resend.pause(1), resend.pause(2), resend.pause(4), resend.pause(5), resend.pause(60)))
                .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(1600), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(LoadGenerator.Resend.NEVER.enabled()).isFalse();
    }

    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private URI serve(String path, java.util.function.IntUnaryOperator statusForAttempt) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
            int attempt = attemptsPerBody.computeIfAbsent(new String(body, java.nio.charset.StandardCharsets.UTF_8), k -> new AtomicInteger())
                    .incrementAndGet();
            int status = statusForAttempt.applyAsInt(attempt);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
