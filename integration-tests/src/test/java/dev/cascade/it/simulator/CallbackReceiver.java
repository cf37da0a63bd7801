package dev.cascade.it.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.MalformedReportException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A callback endpoint in the test JVM, on a free port: each test takes its own URL (so tests never see
 * each other's callbacks), every POST is recorded with its headers and raw bytes, and a URL can be told
 * to answer 503 a number of times first.
 */
final class CallbackReceiver implements AutoCloseable {

    /** One callback as it arrived. */
    record Received(Instant at, byte[] body, String authorization, String xTsAuthorization, String contentType,
                    int answered) {

        DeliveryReport report() {
            try {
                return DeliveryReportParser.parse(body).report();
            } catch (MalformedReportException e) {
                throw new AssertionError("the simulator posted an unreadable callback: " + e.getMessage(), e);
            }
        }
    }

    private final HttpServer server;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private CallbackReceiver(HttpServer server) {
        this.server = server;
    }

    static CallbackReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        CallbackReceiver receiver = new CallbackReceiver(server);
        server.createContext("/", receiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return receiver;
    }

    /** A fresh callback URL for one test. */
    URI newUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks/" + UUID.randomUUID());
    }

    /** The next {@code times} callbacks to {@code url} are answered 503, as a receiver that could not store them. */
    void failFirst(URI url, int times) {
        failuresLeft.put(url.getPath(), new AtomicInteger(times));
    }

    /** What {@code url} received so far, in arrival order. */
    List<Received> received(URI url) {
        List<Received> list = received.get(url.getPath());
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            AtomicInteger failures = failuresLeft.get(path);
            int status = !exchange.getRequestMethod().equals("POST") ? 405
                    : failures != null && failures.getAndDecrement() > 0 ? 503 : 200;
            List<Received> list = received.computeIfAbsent(path, p -> new ArrayList<>());
            synchronized (list) {
                list.add(new Received(Instant.now(), body, exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("X-TS-Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), status));
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
