package dev.cascade.bench.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session with the dashboard (cookies kept, redirects not followed, the sign-in form's CSRF
 * token read from the page), timing each page: the server's own {@code Server-Timing} and the round trip.
 */
public final class DashboardClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** One page: status, body, the server's time for it (ms) and the round trip as the client saw it (ms). */
    public record Page(int status, String body, double serverMillis, double roundTripMillis) {
    }

    private DashboardClient(URI base) {
        this.base = base;
    }

    /** Signs in at {@code base} ({@code http://host:port/dashboard}). */
    public static DashboardClient signedIn(URI base, String user, String password) throws IOException, InterruptedException {
        DashboardClient client = new DashboardClient(base);
        Page login = client.get("/login");
        String token = csrf(login.body()).orElseThrow(() -> new IllegalStateException("no sign-in form at " + base + "/login"));
        String form = Map.of("username", user, "password", password, "_csrf", token).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> answer = client.http.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("signing in as " + user + " failed: " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return client;
    }

    /** GETs {@code path} (below the dashboard); a page without Server-Timing has -1 as server time. */
    public Page get(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        double roundTrip = (System.nanoTime() - started) / 1e6;
        return new Page(answer.statusCode(), answer.body(), serverMillis(answer.headers().firstValue("Server-Timing")), roundTrip);
    }

    static double serverMillis(Optional<String> header) {
        return header.map(SERVER_TIMING::matcher).filter(Matcher::find).map(m -> Double.parseDouble(m.group(1))).orElse(-1.0);
    }

    static Optional<String> csrf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
