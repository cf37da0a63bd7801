package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCallbackSenderTest {

    private HttpServer server;
    private final List<String> received = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cb", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (received) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                        + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(body.length == 0 ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheBodyWithTheGivenHeadersAndReturnsTheStatus() throws IOException {
        HttpCallbackSender sender = new HttpCallbackSender(Duration.ofSeconds(5));

        int status = sender.post(url(), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "TSA id:sig", "Content-Type", "application/json"));

        assertThat(status).isEqualTo(200);
        assertThat(received).containsExactly("POST TSA id:sig application/json {\"a\":1}");
        assertThat(sender.post(url(), new byte[0], Map.of())).isEqualTo(503);
    }

    @Test
    void aRefusedConnectionIsAnIOException() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpCallbackSender sender = new HttpCallbackSender(Duration.ofSeconds(2));

        assertThatThrownBy(() -> sender.post(URI.create("http://127.0.0.1:" + port + "/cb"), new byte[1], Map.of()))
                .isInstanceOf(IOException.class);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cb");
    }
}
