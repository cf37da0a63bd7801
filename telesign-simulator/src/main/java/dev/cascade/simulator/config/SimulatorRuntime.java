package dev.cascade.simulator.config;

import dev.cascade.simulator.api.OmnichannelApi;
import dev.cascade.simulator.auth.NonceRegistry;
import dev.cascade.simulator.auth.RequestAuthenticator;
import dev.cascade.simulator.delivery.CallbackLoss;
import dev.cascade.simulator.delivery.CallbackPlayer;
import dev.cascade.simulator.delivery.CallbackSigner;
import dev.cascade.simulator.delivery.ExecutorScheduler;
import dev.cascade.simulator.delivery.HttpCallbackSender;
import dev.cascade.simulator.delivery.MessageStore;
import dev.cascade.simulator.delivery.ReferenceIds;
import dev.cascade.simulator.delivery.RetrySchedule;
import dev.cascade.simulator.delivery.Switchboard;
import dev.cascade.simulator.delivery.TimeCompression;
import dev.cascade.simulator.delivery.TimelinePlanner;
import dev.cascade.simulator.delivery.TimelineSettings;
import dev.cascade.simulator.limits.RateLimiter;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.callback.CallbackSignatures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Builds the simulator once per deployment from its settings, and takes it down on undeploy: the
 * callback scheduler runs on threads from the container's {@link ManagedThreadFactory} and is shut
 * down, pending callbacks dropped, when the application stops. Created at start-up, so a bad setting
 * fails the deployment instead of the first request.
 *
 * <p>The clock is the system's UTC clock, deliberately not injected: the demo EAR's libraries already
 * produce a {@code Clock} bean, and a second one would make every {@code Clock} injection ambiguous.
 */
@ApplicationScoped
public class SimulatorRuntime {

    private static final System.Logger LOG = System.getLogger(SimulatorRuntime.class.getName());

    @Inject
    SimulatorConfig config;

    @Resource
    ManagedThreadFactory threadFactory;

    private ScheduledThreadPoolExecutor executor;
    private OmnichannelApi api;

    @PostConstruct
    void start() {
        // Every setting is read (and checked) before anything is built.
        Optional<Credentials> account = config.account();
        TimelineSettings timeline = config.timeline();
        TimeCompression compression = config.timeCompression();
        RetrySchedule retries = config.retrySchedule();
        URI callbackUrl = config.callbackUrl();
        CallbackLoss loss = config.callbackLoss();
        HttpCallbackSender sender = new HttpCallbackSender(config.callbackTimeout());
        MessageStore store = new MessageStore(config.retention(), config.maxMessages());
        RequestAuthenticator authenticator = new RequestAuthenticator(account, Clock.systemUTC(), config.maxClockSkew(),
                new NonceRegistry(config.maxClockSkew()));
        RateLimiter rateLimiter = RateLimiter.perSecond(config.rateLimit());
        int threads = config.callbackThreads();

        executor = new ScheduledThreadPoolExecutor(threads, threadFactory);
        executor.setRemoveOnCancelPolicy(true);
        ReferenceIds referenceIds = new ReferenceIds();
        // Without an account nothing is ever accepted, so nothing is ever signed.
        CallbackSigner signer = account.map(SimulatorRuntime::signer).orElse(body -> Map.of());
        CallbackPlayer player = new CallbackPlayer(new ExecutorScheduler(executor), sender, signer, compression, retries,
                Clock.systemUTC(), loss);
        Switchboard switchboard = new Switchboard(new TimelinePlanner(timeline, referenceIds), player, store, referenceIds,
                callbackUrl, Clock.systemUTC());
        executor.scheduleWithFixedDelay(switchboard::purgeExpired, 1, 1, TimeUnit.MINUTES);
        api = new OmnichannelApi(authenticator, rateLimiter, switchboard, referenceIds);

        if (account.isEmpty()) {
            LOG.log(Level.WARNING, "Telesign simulator: no account configured (TELESIGN_CUSTOMER_ID, TELESIGN_API_KEY);"
                    + " every request will be answered 401");
        }
        LOG.log(Level.INFO, () -> "Telesign simulator ready for customer " + account.map(Credentials::maskedCustomerId)
                .orElse("(none)") + ": " + timeline.shares() + ", " + timeline.delays() + ", time compression "
                + compression.factor() + ", callbacks to " + callbackUrl + " unless a request names its own"
                + (loss.share() > 0 ? "; " + Math.round(loss.share() * 100) + " % of callbacks lost on purpose" : ""));
    }

    private static CallbackSigner signer(Credentials account) {
        CallbackSignatures signatures = new CallbackSignatures(account);
        return signatures::headersFor;
    }

    /** Forces creation at deployment. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.log(Level.DEBUG, () -> "Telesign simulator deployed: " + api);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Dependent: a final class needs no client proxy, and this one is built once, here. */
    @Produces
    OmnichannelApi api() {
        return api;
    }
}
