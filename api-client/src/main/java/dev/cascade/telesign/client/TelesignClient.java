package dev.cascade.telesign.client;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.auth.Authenticator;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.auth.OutgoingRequest;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.OmniRequestWriter;
import dev.cascade.telesign.message.RequestValidator;
import dev.cascade.telesign.message.Violation;
import dev.cascade.telesign.message.WireFormat;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.MalformedReportException;
import dev.cascade.telesign.status.ParsedReport;
import dev.cascade.telesign.status.ReferenceId;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Telesign's omnichannel API: {@link #send} a message, look up its {@link #status}.
 *
 * <p>Thread-safe and meant to be shared: one instance per account for the whole application. Every
 * request is validated before it leaves, authenticated afresh (TSA needs a new nonce and date per
 * attempt), and retried only where that cannot send a message twice (see {@link RetryPolicy}).
 *
 * <pre>{@code
 * TelesignClient client = TelesignClient.builder(new Credentials(customerId, apiKey)).build();
 * SendResult sent = client.send(OmniMessageRequest.builder()
 *         .phoneNumber("15558675309").messageType(MessageType.MKT)
 *         .rcsLinkButton(new RcsUrlAction("Track your order:", "https://example.com/o/1", "Track Order", "urlid1"), 600)
 *         .smsFallback("Track your order: https://example.com/o/1")
 *         .build());
 * }</pre>
 */
public final class TelesignClient {

    /** Telesign's production API. */
    public static final URI PRODUCTION = URI.create("https://rest-ww.telesign.com");
    static final String OMNICHANNEL = "/v1/omnichannel";
    private static final String JSON = "application/json";
    private static final String USER_AGENT = "cascade-telesign/1";
    private static final System.Logger LOG = System.getLogger(TelesignClient.class.getName());

    private final String baseUrl;
    private final Authenticator authenticator;
    private final WireFormat wireFormat;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Clock clock;
    private final HttpClient http;

    private TelesignClient(Builder b) {
        this.baseUrl = stripTrailingSlash(b.baseUrl.toString());
        this.authenticator = b.authenticator != null ? b.authenticator : b.authScheme.authenticator(b.credentials);
        this.wireFormat = b.wireFormat;
        this.requestTimeout = b.requestTimeout;
        this.retryPolicy = b.retryPolicy;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.clock = b.clock;
        this.http = b.httpClient != null ? b.httpClient : HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                // HTTP/1.1: predictable with proxies and simulators; no h2c upgrade dance per connection.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static Builder builder(Credentials credentials) {
        return new Builder(Objects.requireNonNull(credentials, "credentials"));
    }

    /** Every problem that would stop {@link #send} from sending, without sending. */
    public List<Violation> validate(OmniMessageRequest request) {
        return RequestValidator.validate(request, wireFormat);
    }

    /** The exact body {@link #send} would post. */
    public byte[] body(OmniMessageRequest request) {
        return OmniRequestWriter.write(request, wireFormat);
    }

    /**
     * Sends a message: validates it, posts it, and returns Telesign's acceptance.
     *
     * @throws RequestValidationException nothing was sent: the request breaks Telesign's rules
     * @throws TelesignApiException        Telesign answered with an error (see subclasses)
     * @throws TelesignConnectionException no answer; {@code requestSent()} says if it may have arrived
     */
    public SendResult send(OmniMessageRequest request) throws TelesignException {
        // Written once: the validator measures the very bytes that are posted.
        byte[] body = body(request);
        List<Violation> violations = RequestValidator.validate(request, wireFormat, body);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        OutgoingRequest outgoing = new OutgoingRequest("POST", OMNICHANNEL, JSON, body);
        HttpResponse<byte[]> response = exchange(outgoing, false);
        SendResult result = ResponseReader.sendResult(response);
        LOG.log(Level.DEBUG, () -> "sent " + request + " as " + result.referenceId());
        return result;
    }

    /**
     * Telesign's current view of a message: the same model as a delivery callback.
     *
     * @throws NotFoundException Telesign does not know the id (ids expire after 12 hours)
     */
    public DeliveryReport status(ReferenceId referenceId) throws TelesignException {
        return lookUp(referenceId).report();
    }

    /**
     * {@link #status}, with the parser's warnings and the raw body: what reconciliation stores when a
     * callback never came.
     *
     * @throws NotFoundException Telesign does not know the id (ids expire after 12 hours)
     */
    public StatusAnswer lookUp(ReferenceId referenceId) throws TelesignException {
        OutgoingRequest outgoing = OutgoingRequest.get(OMNICHANNEL + "/" + referenceId.value());
        HttpResponse<byte[]> response = exchange(outgoing, true);
        try {
            ParsedReport parsed = DeliveryReportParser.parse(response.body(), Optional.of(referenceId));
            return new StatusAnswer(parsed.report(), parsed.warnings(), response.body());
        } catch (MalformedReportException e) {
            throw ResponseReader.unexpected(response, e.getMessage());
        }
    }

    public WireFormat wireFormat() {
        return wireFormat;
    }

    private HttpResponse<byte[]> exchange(OutgoingRequest outgoing, boolean idempotent) throws TelesignException {
        for (int attempt = 1; ; attempt++) {
            TelesignException failure;
            try {
                HttpResponse<byte[]> response = once(outgoing);
                if (response.statusCode() / 100 == 2) {
                    return response;
                }
                failure = ResponseReader.error(response, clock::instant);
            } catch (TelesignConnectionException e) {
                failure = e;
            }
            Optional<Duration> delay = Thread.currentThread().isInterrupted()
                    ? Optional.empty() : retryPolicy.nextDelay(attempt, failure, idempotent, random);
            if (delay.isEmpty()) {
                throw failure;
            }
            int failed = attempt;
            TelesignException cause = failure;
            LOG.log(Level.INFO, () -> outgoing + " failed (attempt " + failed + "): " + cause.getMessage()
                    + "; retrying in " + delay.get().toMillis() + " ms");
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private HttpResponse<byte[]> once(OutgoingRequest outgoing) throws TelesignConnectionException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + outgoing.path()))
                .timeout(requestTimeout)
                .header("Accept", JSON)
                .header("User-Agent", USER_AGENT);
        if (outgoing.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", outgoing.contentType())
                    .method(outgoing.method(), HttpRequest.BodyPublishers.ofByteArray(outgoing.body()));
        }
        authenticator.headers(outgoing).forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            LOG.log(Level.DEBUG, () -> outgoing.method() + " " + outgoing.path() + " -> " + response.statusCode()
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return response;
        } catch (HttpConnectTimeoutException e) {
            throw new TelesignConnectionException("could not connect to " + host() + " in time", false, e);
        } catch (HttpTimeoutException e) {
            throw new TelesignTimeoutException("no answer from " + host() + " within "
                    + requestTimeout.toMillis() + " ms; the request may have been received", e);
        } catch (ConnectException e) {
            throw new TelesignConnectionException("could not connect to " + host() + ": "
                    + Objects.requireNonNullElse(e.getMessage(), "connection refused"), false, e);
        } catch (IOException e) {
            throw new TelesignConnectionException("the connection to " + host()
                    + " failed during the exchange; the request may have been received: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelesignConnectionException("interrupted while waiting for " + host(), true, e);
        }
    }

    private String host() {
        return URI.create(baseUrl).getAuthority();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "TelesignClient[" + baseUrl + ", " + authenticator + "]";
    }

    /** Settings with production defaults; only the credentials are required. */
    public static final class Builder {
        private final Credentials credentials;
        private URI baseUrl = PRODUCTION;
        private AuthScheme authScheme = AuthScheme.BASIC;
        private Authenticator authenticator;
        private WireFormat wireFormat = WireFormat.GUIDE;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.THREAD;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;

        private Builder(Credentials credentials) {
            this.credentials = credentials;
        }

        /** Default {@link #PRODUCTION}; may include a path prefix (a simulator's context root). */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(baseUrl));
        }

        /** Basic (default) or TSA. */
        public Builder authScheme(AuthScheme scheme) {
            this.authScheme = Objects.requireNonNull(scheme, "scheme");
            this.authenticator = null;
            return this;
        }

        /** A custom authenticator, replacing the scheme. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        public Builder wireFormat(WireFormat wireFormat) {
            this.wireFormat = Objects.requireNonNull(wireFormat, "wireFormat");
            return this;
        }

        /** Setting up the TCP/TLS connection (default 5 s). A connect timeout is always safe to retry. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Waiting for the answer once the request is sent (default 15 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The jitter source, values in [0, 1). */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A shared {@link HttpClient}; its own connect timeout then applies. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        public TelesignClient build() {
            return new TelesignClient(this);
        }
    }
}
