package dev.cascade.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.callback.CallbackSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts callbacks to the deployed endpoint over real HTTP, signed like Telesign signs them. */
public final class CallbackClient {

    public static final URI CALLBACK_URL = ItConfig.baseUrl().resolve("/callbacks/telesign");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CallbackClient() {
    }

    public static CallbackSignatures signatures() {
        return new CallbackSignatures(ItConfig.account());
    }

    /** Signed with the server's account key, both headers, as Telesign sends it. */
    public static HttpResponse<String> postSigned(byte[] body) {
        return postSigned(CALLBACK_URL, ItConfig.account(), body);
    }

    /** Signed with {@code account}'s key, to another server's callback URL (the demo's). */
    public static HttpResponse<String> postSigned(URI url, Credentials account, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(new CallbackSignatures(account).headersFor(body));
        headers.put("Content-Type", "application/json");
        return post(url, body, headers);
    }

    public static HttpResponse<String> post(byte[] body, Map<String, String> headers) {
        return post(CALLBACK_URL, body, headers);
    }

    /** Posted to {@code url} with exactly these headers (signed or not). */
    public static HttpResponse<String> post(URI url, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
