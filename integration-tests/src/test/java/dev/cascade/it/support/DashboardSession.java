package dev.cascade.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

/** A browser-like HTTP session with the dashboard: cookies kept, redirects not followed, CSRF tokens read from forms. */
public final class DashboardSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public DashboardSession(String baseUrl) {
        this.base = baseUrl + "/dashboard";
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static DashboardSession signedIn(String baseUrl, String user, String password) {
        DashboardSession session = new DashboardSession(baseUrl);
        HttpResponse<String> answer = session.signIn(user, password);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + answer.statusCode());
        }
        return session;
    }

    public HttpResponse<String> signIn(String user, String password) {
        String token = csrfFrom(get("/login").body()).orElseThrow();
        return post("/login", Map.of("username", user, "password", password, "_csrf", token));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the first form on a page. */
    public static Optional<String> csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String csrf(String path) {
        return csrfFrom(get(path).body()).orElseThrow(() -> new IllegalStateException("no form on " + path));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
