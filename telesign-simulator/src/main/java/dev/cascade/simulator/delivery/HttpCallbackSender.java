package dev.cascade.simulator.delivery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts callbacks with the JDK's HTTP client, waiting at most the timeout for an answer (Telesign: 5 s). */
public final class HttpCallbackSender implements CallbackSender {

    private static final String USER_AGENT = "cascade-telesign-simulator/1";

    private final HttpClient http;
    private final Duration timeout;

    public HttpCallbackSender(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public int post(URI url, byte[] body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while posting a callback");
        }
    }

    @Override
    public String toString() {
        return "HttpCallbackSender[timeout=" + timeout + "]";
    }
}
