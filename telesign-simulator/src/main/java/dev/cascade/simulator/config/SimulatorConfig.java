package dev.cascade.simulator.config;

import dev.cascade.simulator.delivery.CallbackLoss;
import dev.cascade.simulator.delivery.ChannelResult;
import dev.cascade.simulator.delivery.DeliveryDelays;
import dev.cascade.simulator.delivery.HandsetShares;
import dev.cascade.simulator.delivery.RetrySchedule;
import dev.cascade.simulator.delivery.Seconds;
import dev.cascade.simulator.delivery.TimeCompression;
import dev.cascade.simulator.delivery.TimelineSettings;
import dev.cascade.telesign.auth.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's settings, from MicroProfile Config (system properties, environment variables,
 * the server's config sources), every one with a default here. Names and meanings are documented in
 * {@code docs/simulator.md}; durations are seconds (fractions allowed), and every delay is simulated
 * time, divided by {@code simulator.time-compression} before anything waits for it.
 *
 * <p>A war inside an EAR does not get its {@code META-INF/microprofile-config.properties} read by
 * WildFly, so the defaults live in the annotations, not in a file.
 */
@ApplicationScoped
public class SimulatorConfig {

    /** The account, named as Cascade names it: the demo sets both sides to the same values. */
    @Inject
    @ConfigProperty(name = "TELESIGN_CUSTOMER_ID")
    Optional<String> customerId;

    @Inject
    @ConfigProperty(name = "TELESIGN_API_KEY")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "simulator.share.rcs", defaultValue = "0.55")
    double rcsShare;

    @Inject
    @ConfigProperty(name = "simulator.share.no-rcs", defaultValue = "0.40")
    double noRcsShare;

    @Inject
    @ConfigProperty(name = "simulator.delay.rcs", defaultValue = "3")
    double rcsDelay;

    @Inject
    @ConfigProperty(name = "simulator.delay.sms", defaultValue = "5")
    double smsDelay;

    @Inject
    @ConfigProperty(name = "simulator.delay.sms-failure", defaultValue = "300")
    double smsFailureDelay;

    @Inject
    @ConfigProperty(name = "simulator.delay.read", defaultValue = "60")
    double readDelay;

    @Inject
    @ConfigProperty(name = "simulator.delay.spread", defaultValue = "0.2")
    double delaySpread;

    @Inject
    @ConfigProperty(name = "simulator.read-probability", defaultValue = "0.35")
    double readProbability;

    @Inject
    @ConfigProperty(name = "simulator.failure-codes", defaultValue = "3033")
    String failureCodes;

    @Inject
    @ConfigProperty(name = "simulator.callback-url", defaultValue = "http://localhost:8080/callbacks/telesign")
    String callbackUrl;

    @Inject
    @ConfigProperty(name = "simulator.callback.retry-delays", defaultValue = "5,10,15")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "simulator.callback.timeout", defaultValue = "5")
    double callbackTimeout;

    @Inject
    @ConfigProperty(name = "simulator.callback.threads", defaultValue = "4")
    int callbackThreads;

    @Inject
    @ConfigProperty(name = "simulator.callback.drop-share", defaultValue = "0")
    double dropShare;

    @Inject
    @ConfigProperty(name = "simulator.time-compression", defaultValue = "1")
    double timeCompression;

    @Inject
    @ConfigProperty(name = "simulator.rate-limit", defaultValue = "0")
    double rateLimit;

    @Inject
    @ConfigProperty(name = "simulator.auth.max-clock-skew", defaultValue = "900")
    double maxClockSkew;

    @Inject
    @ConfigProperty(name = "simulator.retention", defaultValue = "43200")
    double retention;

    @Inject
    @ConfigProperty(name = "simulator.max-messages", defaultValue = "100000")
    int maxMessages;

    /** The account whose requests are accepted and whose key signs the callbacks, when both parts are set. */
    public Optional<Credentials> account() {
        if (customerId.filter(s -> !s.isBlank()).isEmpty() || apiKey.filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(customerId.get().trim(), apiKey.get().trim()));
    }

    public TimelineSettings timeline() {
        HandsetShares shares = setting("simulator.share.*", () -> new HandsetShares(rcsShare, noRcsShare));
        DeliveryDelays delays = setting("simulator.delay.*", () -> new DeliveryDelays(Seconds.of(rcsDelay),
                Seconds.of(smsDelay), Seconds.of(smsFailureDelay), Seconds.of(readDelay), delaySpread));
        return setting("simulator.read-probability / simulator.failure-codes", () -> new TimelineSettings(shares, delays,
                readProbability, ChannelResult.parseFailures(failureCodes)));
    }

    public URI callbackUrl() {
        return setting("simulator.callback-url", () -> {
            URI uri = URI.create(callbackUrl.trim());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException("an absolute http(s) URL is needed, was " + callbackUrl);
            }
            return uri;
        });
    }

    public RetrySchedule retrySchedule() {
        return setting("simulator.callback.retry-delays", () -> RetrySchedule.parse(retryDelays));
    }

    public Duration callbackTimeout() {
        return setting("simulator.callback.timeout", () -> positive(Seconds.of(callbackTimeout)));
    }

    public int callbackThreads() {
        return setting("simulator.callback.threads", () -> atLeastOne(callbackThreads));
    }

    /** The share of callbacks lost on the way: never posted, while status lookups still tell the truth. */
    public CallbackLoss callbackLoss() {
        return setting("simulator.callback.drop-share", () -> new CallbackLoss(dropShare));
    }

    public TimeCompression timeCompression() {
        return setting("simulator.time-compression", () -> new TimeCompression(timeCompression));
    }

    /** Requests per second; 0 = no limit. */
    public double rateLimit() {
        return setting("simulator.rate-limit", () -> {
            if (!(rateLimit >= 0)) {
                throw new IllegalArgumentException("requests per second >= 0, was " + rateLimit);
            }
            return rateLimit;
        });
    }

    /** How far a TSA request's {@code Date} may be from now (Telesign: 15 minutes). */
    public Duration maxClockSkew() {
        return setting("simulator.auth.max-clock-skew", () -> Seconds.of(maxClockSkew));
    }

    /** How long a reference id can be looked up, real time (Telesign: 12 hours). */
    public Duration retention() {
        return setting("simulator.retention", () -> positive(Seconds.of(retention)));
    }

    public int maxMessages() {
        return setting("simulator.max-messages", () -> atLeastOne(maxMessages));
    }

    private static Duration positive(Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("must be more than 0 seconds");
        }
        return duration;
    }

    private static int atLeastOne(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1, was " + value);
        }
        return value;
    }

    /** A setting that cannot be used names itself in the error: deployment fails with a readable reason. */
    private static <T> T setting(String name, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid simulator setting " + name + ": " + e.getMessage(), e);
        }
    }
}
