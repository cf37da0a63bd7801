package dev.cascade.bench.dashboard;

import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.domain.ChannelState;
import dev.cascade.ledger.domain.OutcomeRules;
import dev.cascade.ledger.domain.OutcomeVerdict;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The benchmark's messages: message {@code i} of a {@link DataSpec} is always the same (its own random
 * stream, seeded by the spec's seed and {@code i}), so a data set can be described by its spec alone and any
 * message re-created for a test. Messages are spread evenly over the spec's days, oldest first, so ids and
 * send times rise together as they do in production.
 *
 * <p>The mix follows the demo's Telesign simulator: about 55 % of recipients have RCS (delivered as RCS,
 * a third of them also read), about 40 % have none (RCS fails with 3056 after the fallback time, or at once
 * with 3055, then SMS delivers), a few per cent fail on both channels or end at 3004, a few are SMS-only sends
 * (delivered otherwise), and messages of the last hours are still in progress. The outcome is never chosen:
 * it is what {@link OutcomeRules} decides from the generated channel statuses, as for a real callback.
 */
public final class MessageGenerator {

    /** Calling codes and their weights (per mille), most traffic first. */
    static final List<String> CALLING_CODES = List.of("1", "44", "49", "33", "34", "39", "91", "55", "351", "61");
    private static final int[] CODE_WEIGHTS = {300, 150, 100, 80, 70, 70, 80, 50, 50, 50};
    static final List<String> TYPES = List.of("OTP", "MKT", "ARN");
    private static final int[] TYPE_WEIGHTS = {500, 350, 150};
    private static final Duration PENDING_TAIL = Duration.ofHours(3);

    private final DataSpec spec;
    private final Instant start;
    private final long stepMicros;

    public MessageGenerator(DataSpec spec) {
        this.spec = spec;
        this.start = spec.end().minus(Duration.ofDays(spec.days()));
        this.stepMicros = Math.max(1, Duration.ofDays(spec.days()).toNanos() / 1000 / spec.messages());
    }

    /** One status a channel (or the message as a whole) reported, at {@code time}. */
    public record Event(Channel channel, StatusCode code, Instant time) {
    }

    /**
     * Message {@code index} and its story: every status each channel reported, oldest first (the last of
     * a channel is its current status), and what the ledger would make of it.
     */
    public record Generated(long id, String referenceId, String externalId, Origin origin, Optional<String> phoneNumber,
                            Optional<String> callingCode, Optional<String> messageType, List<Channel> requested,
                            Optional<Integer> fallbackSeconds, Instant sentAt, List<Event> events, OutcomeVerdict verdict,
                            Optional<Instant> deliveredAt, Optional<Instant> readAt) {

        public Instant lastUpdate() {
            return events.isEmpty() ? sentAt : events.get(events.size() - 1).time();
        }

        /** The current status of each channel, in the order they were first tried. */
        public List<ChannelState> channels() {
            List<ChannelState> current = new ArrayList<>();
            for (Event event : events) {
                current.removeIf(c -> c.channel().equals(event.channel()));
                current.add(new ChannelState(event.channel(), event.code(), event.time(), false));
            }
            current.sort((a, b) -> Integer.compare(firstTry(a.channel()), firstTry(b.channel())));
            return current;
        }

        /**
         * The delivery report Telesign sends with event {@code upTo} (0-based): the message's status is that
         * event's, each channel's its latest so far; a channel has its own reference id once it left 3001.
         */
        public DeliveryReport report(int upTo) {
            Event last = events.get(upTo);
            List<ChannelStatus> statuses = new ArrayList<>();
            for (Event event : events.subList(0, upTo + 1)) {
                statuses.removeIf(c -> c.channel().equals(event.channel()));
                statuses.add(new ChannelStatus(event.channel(), event.code(), event.code().meaning().orElse(""),
                        channelReferenceId(event).map(ReferenceId::of), Optional.of(TelesignTimestamp.of(event.time()))));
            }
            statuses.sort((a, b) -> Integer.compare(firstTry(a.channel()), firstTry(b.channel())));
            return new DeliveryReport(ReferenceId.of(referenceId), Optional.of(externalId), Optional.of(new OverallStatus(last.code(),
                    last.code().meaning().orElse(""), Optional.of(last.channel()), Optional.of(TelesignTimestamp.of(last.time())))),
                    statuses);
        }

        /** The id of the channel's own send (Telesign's shape), absent while it is in progress. */
        public Optional<String> channelReferenceId(Event event) {
            if (event.code().equals(StatusCode.IN_PROGRESS)) {
                return Optional.empty();
            }
            return Optional.of(String.format("%08X", event.channel().name().hashCode()) + referenceId.substring(8));
        }

        private int firstTry(Channel channel) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).channel().equals(channel)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }
    }

    public Generated message(long index) {
        if (index < 0 || index >= spec.messages()) {
            throw new IllegalArgumentException("message " + index + " is not in a data set of " + spec.messages());
        }
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + index);
        Instant sentAt = start.plus(index * stepMicros + random.nextLong(stepMicros), ChronoUnit.MICROS)
                .truncatedTo(ChronoUnit.MILLIS);
        int originDraw = random.nextInt(1000);
        Origin origin = originDraw < 970 ? Origin.CASCADE : originDraw < 980 ? Origin.TEST : Origin.CALLBACK;
        boolean sentByCascade = origin != Origin.CALLBACK;
        String callingCode = CALLING_CODES.get(weighted(random, CODE_WEIGHTS));
        int subscriberDigits = callingCode.length() >= 3 ? 9 : 10;
        String phone = callingCode + String.format("%0" + subscriberDigits + "d", random.nextLong(pow10(subscriberDigits)));
        String type = TYPES.get(weighted(random, TYPE_WEIGHTS));
        int fallback = switch (random.nextInt(10)) {
            case 0 -> 120;
            case 1, 2 -> 300;
            default -> 600;
        };
        boolean smsOnly = sentByCascade && random.nextInt(200) == 0;
        List<Channel> requested = !sentByCascade ? List.of() : smsOnly ? List.of(Channel.SMS) : List.of(Channel.RCS, Channel.SMS);

        List<Event> events = new ArrayList<>();
        Optional<Instant> readAt = Optional.empty();
        boolean inTail = Duration.between(sentAt, spec.end()).compareTo(PENDING_TAIL) < 0;
        int draw = random.nextInt(1000);
        if (inTail && random.nextInt(4) == 0) {
            // Recent: still in progress on its first channel, or waiting for the fallback.
            events.add(new Event(smsOnly ? Channel.SMS : Channel.RCS, StatusCode.IN_PROGRESS, sentAt.plusMillis(200 + random.nextInt(800))));
        } else if (smsOnly) {
            events.add(new Event(Channel.SMS, StatusCode.DELIVERED, sentAt.plusMillis(deliveryDelayMillis(random))));
        } else if (draw < 550) {
            Instant delivered = sentAt.plusMillis(deliveryDelayMillis(random));
            events.add(new Event(Channel.RCS, StatusCode.DELIVERED, delivered));
            if (random.nextInt(3) == 0) {
                Instant read = delivered.plusSeconds(5 + random.nextInt(3600));
                events.add(new Event(Channel.RCS, StatusCode.READ, read));
                readAt = Optional.of(read);
            }
        } else {
            // No RCS: at once (3055, not supported by the device) or after the fallback time (3056).
            boolean unsupported = random.nextInt(5) == 0;
            Instant rcsFailed = unsupported ? sentAt.plusMillis(300 + random.nextInt(2000))
                    : sentAt.plusSeconds(fallback).plusMillis(random.nextInt(1500));
            events.add(new Event(Channel.RCS, unsupported ? StatusCode.of(3055) : StatusCode.FALLBACK_TIME_ELAPSED, rcsFailed));
            Instant smsTime = rcsFailed.plusMillis(deliveryDelayMillis(random));
            StatusCode sms = draw < 950 ? StatusCode.DELIVERED : draw < 975 ? StatusCode.DELIVERY_ERROR
                    : draw < 990 ? StatusCode.NO_HANDSET_RECEIPT : StatusCode.of(3033);
            if (draw >= 950 && draw < 960) {
                // A failed RCS send, not a missing RCS capability.
                events.set(0, new Event(Channel.RCS, StatusCode.DELIVERY_ERROR, rcsFailed));
            }
            events.add(new Event(Channel.SMS, sms, smsTime));
        }
        List<Event> ordered = events.stream().sorted((a, b) -> a.time().compareTo(b.time())).toList();
        Generated draft = new Generated(index + 1, referenceId(index), "order-" + spec.seed() + "-" + index, origin,
                sentByCascade ? Optional.of(phone) : Optional.empty(), sentByCascade ? Optional.of(callingCode) : Optional.empty(),
                sentByCascade ? Optional.of(type) : Optional.empty(), requested,
                sentByCascade ? Optional.of(fallback) : Optional.empty(), sentAt, ordered, null, Optional.empty(), readAt);
        OutcomeVerdict verdict = OutcomeRules.decide(draft.channels(), Optional.of(ordered.get(ordered.size() - 1).code()), requested);
        // Delivered at: the first confirmation on the outcome's channel (DeliveryLedger's rule).
        Optional<Instant> deliveredAt = verdict.channel().filter(c -> verdict.outcome().isDelivered()).flatMap(channel -> ordered.stream()
                .filter(e -> e.channel().equals(channel) && e.code().kind().isDelivered()).map(Event::time).findFirst());
        return new Generated(draft.id(), draft.referenceId(), draft.externalId(), origin, draft.phoneNumber(), draft.callingCode(),
                draft.messageType(), requested, draft.fallbackSeconds(), sentAt, ordered, verdict, deliveredAt, readAt);
    }

    /** Telesign-shaped (32 hex digits), unique per spec and message. */
    String referenceId(long index) {
        return String.format("%016X%016X", spec.seed() * 0x9E3779B97F4A7C15L ^ 0xCA5CADE0L, index);
    }

    /** Mostly a second or two, with a long tail (a handset off for a while). */
    private static long deliveryDelayMillis(SplittableRandom random) {
        double u = random.nextDouble();
        return 300 + (long) (1500 * u) + (random.nextInt(20) == 0 ? random.nextLong(3_600_000) : random.nextLong(20_000) * (long) (u * u * u * 3));
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int draw = random.nextInt(1000);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long pow10(int digits) {
        long value = 1;
        for (int i = 0; i < digits; i++) {
            value *= 10;
        }
        return value;
    }
}
