package dev.cascade.bench.client;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.xnio.Options;

/**
 * A loopback HTTP server that answers {@code POST /v1/omnichannel} as Telesign does when it accepts a
 * message (200, a fresh 32-hex {@code reference_id}, status 3001) and does nothing else, so that a client
 * measured against it is limited by its own work, not by the server's.
 *
 * <p>Undertow answers on its IO threads without dispatching to a worker pool (nothing here blocks): the
 * whole body is read, the request's shape checked, and a small pre-assembled answer written. It counts
 * what it accepted and what it refused, so a benchmark can show that every send it timed was a real,
 * well-formed exchange.
 */
public final class NoopTelesignServer implements AutoCloseable {

    static final String PATH = "/v1/omnichannel";
    private static final String ANSWER_HEAD = "{\"reference_id\":\"";
    private static final String ANSWER_TAIL = "\",\"external_id\":null,\"status\":{\"code\":3001,\"description\":\"Message in progress\"}}";

    private final Undertow undertow;
    private final URI baseUrl;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder unsent = new LongAdder();
    /** Reference ids are a fixed per-server prefix and a counter: unique, Telesign-shaped, cheap. */
    private final AtomicLong nextId = new AtomicLong();
    private final String idPrefix = String.format("%016X", System.nanoTime());

    private NoopTelesignServer(int ioThreads) {
        this.undertow = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setIoThreads(ioThreads)
                // No worker pool is used (nothing blocks); keep it small so it costs nothing.
                .setWorkerThreads(2)
                .setSocketOption(Options.BACKLOG, 1024)
                .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, false)
                .setHandler(this::handle)
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        this.baseUrl = URI.create("http://127.0.0.1:" + address.getPort());
    }

    /** Starts on an ephemeral loopback port with {@code ioThreads} IO threads. */
    public static NoopTelesignServer start(int ioThreads) {
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads must be at least 1, was " + ioThreads);
        }
        return new NoopTelesignServer(ioThreads);
    }

    private void handle(HttpServerExchange exchange) {
        if (!exchange.getRequestMethod().equals(Methods.POST) || !exchange.getRequestPath().equals(PATH)) {
            refuse(exchange, StatusCodes.NOT_FOUND);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (authorization == null || !(authorization.startsWith("Basic ") || authorization.startsWith("TSA "))) {
            refuse(exchange, StatusCodes.UNAUTHORIZED);
            return;
        }
        if (contentType == null || !contentType.startsWith("application/json")) {
            refuse(exchange, StatusCodes.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
            if (body.length == 0) {
                refuse(ex, StatusCodes.BAD_REQUEST);
                return;
            }
            accepted.increment();
            String referenceId = idPrefix + String.format("%016X", nextId.getAndIncrement());
            ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            ex.getResponseSender().send(ByteBuffer.wrap((ANSWER_HEAD + referenceId + ANSWER_TAIL).getBytes(StandardCharsets.US_ASCII)),
                    new IoCallback() {
                        @Override
                        public void onComplete(HttpServerExchange done, Sender sender) {
                            IoCallback.END_EXCHANGE.onComplete(done, sender);
                        }

                        @Override
                        public void onException(HttpServerExchange failed, Sender sender, IOException exception) {
                            // Told apart from the client's view: did the answer fail to leave, or to arrive?
                            unsent.increment();
                            IoCallback.END_EXCHANGE.onException(failed, sender, exception);
                        }
                    });
        });
    }

    private void refuse(HttpServerExchange exchange, int status) {
        refused.increment();
        exchange.setStatusCode(status);
        exchange.getResponseSender().send("{\"status\":{\"code\":3400,\"description\":\"refused by the benchmark server\"}}");
    }

    /** {@code http://127.0.0.1:<port>}: the base URL a client is given. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Well-formed sends answered 200 since the last {@link #resetCounts()}. */
    public long accepted() {
        return accepted.sum();
    }

    /** Requests answered with an error (wrong path, method, missing authorization, empty body). */
    public long refused() {
        return refused.sum();
    }

    /** Accepted sends whose answer could not be written (the connection failed on the server's side). */
    public long unsent() {
        return unsent.sum();
    }

    public void resetCounts() {
        accepted.reset();
        refused.reset();
        unsent.reset();
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
