package dev.cascade.simulator.delivery;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides, at acceptance, every delivery report a message will produce: a pure function of the
 * request, the handset profile of its number, the settings, and the message's reference id (which
 * seeds the small per-message variations, so the same message always plays the same way).
 *
 * <p>Channels are tried in the request's order. On each: 3001 when it starts; then
 * <ul>
 *   <li>RCS on an RCS-capable handset: 3000 after the RCS delay, perhaps 3005 (read) later;</li>
 *   <li>RCS elsewhere: silence, and 3056 when {@code fallback_time} runs out;</li>
 *   <li>SMS and every other channel: 3000 after the SMS delay, or on an unreachable handset a
 *       carrier failure (3033 by default) after the failure delay;</li>
 *   <li>a channel without content: 3112 at once.</li>
 * </ul>
 * A channel that has not delivered when its {@code fallback_time} runs out reports 3056 and the next
 * channel starts in the same report; so does a failed or skipped channel. The last channel has no
 * fallback: it ends with whatever it reports. Timestamps are simulated time (accepted-at + offset),
 * alternating between the two formats of Telesign's guide so that parsers meet both.
 */
public final class TimelinePlanner {

    private final TimelineSettings settings;
    private final Supplier<ReferenceId> referenceIds;

    /** @param referenceIds issues each channel send's own reference id */
    public TimelinePlanner(TimelineSettings settings, Supplier<ReferenceId> referenceIds) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.referenceIds = Objects.requireNonNull(referenceIds, "referenceIds");
    }

    public Timeline plan(AcceptedRequest request, ReferenceId referenceId, Instant acceptedAt) {
        HandsetProfile handset = settings.shares().profileOf(request.phoneNumber());
        SplittableRandom random = new SplittableRandom(seed(referenceId));
        DeliveryDelays delays = settings.delays();
        Draft draft = new Draft(referenceId, request.externalId(), acceptedAt);
        Duration at = Duration.ZERO;
        List<PlannedChannel> channels = request.channels();
        for (int i = 0; i < channels.size(); i++) {
            PlannedChannel planned = channels.get(i);
            Channel channel = planned.channel();
            boolean last = i == channels.size() - 1;
            if (!planned.hasContent()) {
                draft.report(channel, ChannelResult.NO_TEMPLATE, at);
                continue;
            }
            draft.start(channel, at);
            draft.publish(at);
            if (channel.equals(Channel.RCS) && handset != HandsetProfile.RCS_CAPABLE) {
                at = at.plus(planned.fallbackTime());
                draft.report(channel, ChannelResult.FALLBACK_TIME_ELAPSED, at);
                continue;
            }
            boolean fails = !channel.equals(Channel.RCS) && handset == HandsetProfile.UNREACHABLE;
            Duration after = delays.vary(fails ? delays.smsFailure() : channel.equals(Channel.RCS) ? delays.rcs()
                    : delays.sms(), random);
            if (!last && after.compareTo(planned.fallbackTime()) >= 0) {
                at = at.plus(planned.fallbackTime());
                draft.report(channel, ChannelResult.FALLBACK_TIME_ELAPSED, at);
                continue;
            }
            at = at.plus(after);
            if (fails) {
                draft.report(channel, settings.failures().get(random.nextInt(settings.failures().size())), at);
                continue;
            }
            draft.report(channel, ChannelResult.DELIVERED, at);
            if (channel.equals(Channel.RCS) && random.nextDouble() < settings.readProbability()) {
                draft.publish(at);
                at = at.plus(delays.vary(delays.read(), random));
                draft.report(channel, ChannelResult.READ, at);
            }
            break;
        }
        draft.publish(at);
        return new Timeline(draft.steps);
    }

    /** The same message always gets the same variations; different messages differ. */
    static long seed(ReferenceId referenceId) {
        return UUID.nameUUIDFromBytes(referenceId.value().getBytes(StandardCharsets.US_ASCII)).getMostSignificantBits();
    }

    /** The report being built: changes at the same moment go out together in one step. */
    private final class Draft {
        private final ReferenceId referenceId;
        private final Optional<String> externalId;
        private final Instant acceptedAt;
        private final List<ChannelStatus> channels = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private boolean changed;

        Draft(ReferenceId referenceId, Optional<String> externalId, Instant acceptedAt) {
            this.referenceId = referenceId;
            this.externalId = externalId;
            this.acceptedAt = acceptedAt;
        }

        /** A channel starts: 3001, without a reference id yet (Telesign's spec: none while at 3001). */
        void start(Channel channel, Duration at) {
            put(new ChannelStatus(channel, ChannelResult.IN_PROGRESS.code(), ChannelResult.IN_PROGRESS.description(),
                    Optional.empty(), Optional.of(timestamp(at))));
        }

        /** A channel's send reports back; its reference id is issued once and kept (3000, then 3005). */
        void report(Channel channel, ChannelResult result, Duration at) {
            Optional<ReferenceId> sendId = channels.stream().filter(c -> c.channel().equals(channel))
                    .findFirst().flatMap(ChannelStatus::referenceId);
            put(new ChannelStatus(channel, result.code(), result.description(),
                    Optional.of(sendId.orElseGet(referenceIds)), Optional.of(timestamp(at))));
        }

        void publish(Duration at) {
            if (!changed) {
                return;
            }
            ChannelStatus latest = channels.get(channels.size() - 1);
            OverallStatus status = new OverallStatus(latest.code(), latest.description(), Optional.of(latest.channel()),
                    latest.updatedOn());
            steps.add(new Step(at, new DeliveryReport(referenceId, externalId, Optional.of(status), channels)));
            changed = false;
        }

        private void put(ChannelStatus status) {
            for (int i = 0; i < channels.size(); i++) {
                if (channels.get(i).channel().equals(status.channel())) {
                    channels.set(i, status);
                    changed = true;
                    return;
                }
            }
            channels.add(status);
            changed = true;
        }

        /** Even steps in the guide's colon style, odd ones with a dot: both appear in Telesign's documents. */
        private TelesignTimestamp timestamp(Duration at) {
            Instant instant = acceptedAt.plus(at);
            return steps.size() % 2 == 0 ? TelesignTimestamp.guideStyle(instant) : TelesignTimestamp.of(instant);
        }
    }
}
