package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Takes accepted messages and answers status lookups: the simulator's Telesign-side bookkeeping.
 * A message gets its reference id, its timeline is planned, it is remembered for lookups, and its
 * callbacks start playing to its {@code callback_url} or else the account's callback URL.
 */
public final class Switchboard {

    private static final System.Logger LOG = System.getLogger(Switchboard.class.getName());

    private final TimelinePlanner planner;
    private final CallbackPlayer player;
    private final MessageStore store;
    private final Supplier<ReferenceId> referenceIds;
    private final URI accountCallbackUrl;
    private final Clock clock;

    public Switchboard(TimelinePlanner planner, CallbackPlayer player, MessageStore store,
                       Supplier<ReferenceId> referenceIds, URI accountCallbackUrl, Clock clock) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.player = Objects.requireNonNull(player, "player");
        this.store = Objects.requireNonNull(store, "store");
        this.referenceIds = Objects.requireNonNull(referenceIds, "referenceIds");
        this.accountCallbackUrl = Objects.requireNonNull(accountCallbackUrl, "accountCallbackUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Accepts a message (3001 "Message in progress") and starts its delivery; returns its reference id. */
    public ReferenceId accept(AcceptedRequest request) {
        ReferenceId referenceId = referenceIds.get();
        Instant now = clock.instant();
        Timeline timeline = planner.plan(request, referenceId, now);
        SimulatedMessage message = new SimulatedMessage(referenceId,
                request.callbackUrl().orElse(accountCallbackUrl), now, timeline);
        store.add(message, now);
        LOG.log(Level.DEBUG, () -> "accepted " + referenceId + ": " + timeline.size() + " callbacks to "
                + message.callbackUrl() + ", ending " + timeline.last().report().status()
                .map(s -> s.code() + " on " + s.lastChannel().map(Object::toString).orElse("?")).orElse("?"));
        player.play(message);
        return referenceId;
    }

    /** Telesign's current view of the message; empty when unknown or expired (a 404). */
    public Optional<DeliveryReport> status(ReferenceId referenceId) {
        return store.find(referenceId, clock.instant()).map(SimulatedMessage::current);
    }

    /** Forgets expired messages; called periodically. */
    public void purgeExpired() {
        store.purge(clock.instant());
    }
}
