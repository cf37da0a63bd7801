package dev.cascade.bench.client;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.auth.OutgoingRequest;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.client.TelesignException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two clients JMH times (run by {@link ClientBench}, which starts the server and passes its URL as
 * {@value #URL_PROPERTY}): (A) Cascade's {@link TelesignClient} doing a whole send — build the
 * guide's request, validate, write JSON, authenticate, post, parse the answer — and (B) a bare
 * {@link HttpClient} posting the same request's bytes, built once, with the same headers. The
 * difference is what api-client costs over the HTTP exchange itself.
 *
 * <p>Both use HTTP/1.1 with keep-alive (the JDK client's connection pool, one connection per sending
 * thread), redirects off, a 5 s connect and a 15 s request timeout: TelesignClient's defaults.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SendBenchmarks {

    static final String URL_PROPERTY = "cascade.bench.client.url";
    static final String TALLY_PROPERTY = "cascade.bench.client.tally";
    private static final String JSON = "application/json";

    /** Successes and failures of one trial, written to the tally file when the trial ends. */
    abstract static class Counted {
        final LongAdder succeeded = new LongAdder();
        final LongAdder failed = new LongAdder();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();

        void failed(String why) {
            failed.increment();
            firstFailure.compareAndSet(null, why);
        }

        void writeTally(String benchmark) {
            try {
                new SendTally(benchmark, succeeded.sum(), failed.sum(), firstFailure.get())
                        .appendTo(Path.of(required(TALLY_PROPERTY)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One TelesignClient shared by every sending thread, as an application shares it (one per account). */
    @State(Scope.Benchmark)
    public static class Telesign extends Counted {
        @Param({"BASIC", "TSA"})
        public String auth;
        TelesignClient client;

        @Setup(Level.Trial)
        public void start() {
            client = TelesignClient.builder(GuideMessage.ACCOUNT).baseUrl(required(URL_PROPERTY))
                    .authScheme(AuthScheme.parse(auth)).build();
        }

        @TearDown(Level.Trial)
        public void tally() {
            writeTally("telesignClient " + auth);
        }
    }

    /** A bare HttpClient configured as TelesignClient configures its own, and the request's bytes built once. */
    @State(Scope.Benchmark)
    public static class Bare extends Counted {
        HttpClient http;
        URI uri;
        byte[] body;
        Map<String, String> authorization;

        @Setup(Level.Trial)
        public void start() {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            uri = URI.create(required(URL_PROPERTY) + NoopTelesignServer.PATH);
            TelesignClient client = TelesignClient.builder(GuideMessage.ACCOUNT).build();
            body = client.body(GuideMessage.forOrder(0));
            authorization = AuthScheme.BASIC.authenticator(GuideMessage.ACCOUNT)
                    .headers(new OutgoingRequest("POST", NoopTelesignServer.PATH, JSON, body));
        }

        @TearDown(Level.Trial)
        public void tally() {
            writeTally("bareHttpClient");
        }
    }

    /** Each sending thread's order numbers: every message is a different order, as in production. */
    @State(Scope.Thread)
    public static class Orders {
        long next;
    }

    @Benchmark
    public SendResult telesignClient(Telesign state, Orders orders) {
        try {
            SendResult sent = state.client.send(GuideMessage.forOrder(orders.next++));
            state.succeeded.increment();
            return sent;
        } catch (TelesignException e) {
            state.failed(e.toString());
            return null;
        }
    }

    @Benchmark
    public byte[] bareHttpClient(Bare state) {
        HttpRequest.Builder request = HttpRequest.newBuilder(state.uri).timeout(Duration.ofSeconds(15))
                .header("Accept", JSON).header("User-Agent", "cascade-telesign/1").header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(state.body));
        state.authorization.forEach(request::header);
        try {
            HttpResponse<byte[]> response = state.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200 && response.body().length > 0) {
                state.succeeded.increment();
            } else {
                state.failed("HTTP " + response.statusCode() + ", " + response.body().length + " bytes");
            }
            return response.body();
        } catch (IOException e) {
            state.failed(e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.failed(e.toString());
            return null;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run the benchmark with ./cascade bench client");
        }
        return value;
    }
}
