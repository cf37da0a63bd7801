package dev.cascade.bench.ingest;

import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The messages the ingestion benchmark reports on, as Telesign would: each message has a unique 32-hex
 * reference id and 2-4 delivery callbacks, each carrying the message status and every channel tried so
 * far ({@code channel_status}), signed with the benchmark's account. Message {@code n} is the same for
 * the same seed, so a run can be repeated and its ledger checked against what was sent.
 */
public final class CallbackWorkload {

    /** What happens to a message, with the share of messages it has and the outcome Cascade must decide. */
    public enum Scenario {
        /** RCS 3001, RCS 3000. */
        RCS_DELIVERED(40, "DELIVERED_RCS"),
        /** RCS 3001, RCS 3000, RCS 3005. */
        RCS_READ(20, "DELIVERED_RCS"),
        /** RCS 3001, RCS 3056, + SMS 3001, SMS 3000. */
        SMS_FALLBACK_DELIVERED(25, "DELIVERED_SMS_FALLBACK"),
        /** RCS 3001, RCS 3056 + SMS 3001, SMS 3003. */
        SMS_FALLBACK_FAILED(8, "FAILED"),
        /** RCS 3001, RCS 3056 + SMS 3001, SMS 3004 (no handset receipt). */
        SMS_FALLBACK_NO_RECEIPT(7, "LIKELY_DELIVERED");

        private final int percent;
        private final String outcome;

        Scenario(int percent, String outcome) {
            this.percent = percent;
            this.outcome = outcome;
        }

        /** Cascade's {@code Outcome} name once every callback of the message is stored. */
        public String expectedOutcome() {
            return outcome;
        }

        static Scenario pick(int percentile) {
            int cumulative = 0;
            for (Scenario s : values()) {
                cumulative += s.percent;
                if (percentile < cumulative) {
                    return s;
                }
            }
            throw new IllegalStateException("the scenarios' shares do not add up to 100");
        }
    }

    /** One callback, ready to send: the raw body and the {@code Authorization} value that signs it. */
    public record Callback(byte[] body, String authorization) {
    }

    /**
     * One message and its callbacks in the order Telesign sends them.
     *
     * @param index the message's number in the workload
     */
    public record PlannedMessage(long index, String referenceId, Scenario scenario, List<DeliveryReport> reports) {

        public PlannedMessage {
            reports = List.copyOf(reports);
        }

        public int callbacks() {
            return reports.size();
        }

        /**
         * How many status_history rows the ledger must hold once the callbacks whose bit is set in
         * {@code stored} are stored: one per distinct (scope, code, moment) among them — the message's
         * status and each channel's, where a later callback repeats the channels reported before.
         */
        public int historyRows(int stored) {
            Set<List<Object>> keys = new HashSet<>();
            for (int i = 0; i < reports.size(); i++) {
                if ((stored & (1 << i)) == 0) {
                    continue;
                }
                DeliveryReport report = reports.get(i);
                report.status().ifPresent(s -> keys.add(List.of("message", s.code().value(), instant(s.updatedOn()))));
                for (ChannelStatus c : report.channels()) {
                    keys.add(List.of(c.channel().name(), c.code().value(), instant(c.updatedOn())));
                }
            }
            return keys.size();
        }

        /** The bit mask of all this message's callbacks. */
        public int all() {
            return (1 << reports.size()) - 1;
        }

        private static Instant instant(Optional<TelesignTimestamp> time) {
            return time.flatMap(TelesignTimestamp::instant).orElseThrow();
        }
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final Instant start;
    private final CallbackSignatures signatures;
    private final String customerId;

    /**
     * @param start the send time of message 0; message {@code n} is sent {@code n} ms later, so a run's
     *              messages fall in a few hours (the rollups' hot rows are this hour's, as in production)
     */
    public CallbackWorkload(long seed, Instant start, Credentials account) {
        this.seed = seed;
        this.start = start;
        this.signatures = new CallbackSignatures(account);
        this.customerId = account.customerId();
    }

    public PlannedMessage message(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("message index must not be negative: " + index);
        }
        SplittableRandom random = new SplittableRandom(seed ^ (index * GOLDEN));
        // Unique per index (multiplying by an odd constant is a bijection on 64 bits), distinct per seed.
        String reference = String.format("%016X%016X", mix(seed), index * GOLDEN);
        Scenario scenario = Scenario.pick(random.nextInt(100));
        Instant sent = start.plusMillis(index);
        Instant rcsStarted = sent.plusMillis(200 + random.nextInt(800));
        Instant rcsDone = rcsStarted.plusMillis(500 + random.nextInt(5_000));
        List<DeliveryReport> reports = new ArrayList<>();
        Steps steps = new Steps(reference, reports);
        steps.put(Channel.RCS, 3001, rcsStarted);
        switch (scenario) {
            case RCS_DELIVERED -> steps.put(Channel.RCS, 3000, rcsDone);
            case RCS_READ -> {
                steps.put(Channel.RCS, 3000, rcsDone);
                steps.put(Channel.RCS, 3005, rcsDone.plus(Duration.ofSeconds(5 + random.nextInt(600))));
            }
            case SMS_FALLBACK_DELIVERED, SMS_FALLBACK_FAILED, SMS_FALLBACK_NO_RECEIPT -> {
                Instant fallback = rcsStarted.plus(Duration.ofSeconds(60 + random.nextInt(540)));
                Instant smsStarted = fallback.plusMillis(100 + random.nextInt(400));
                if (scenario == Scenario.SMS_FALLBACK_DELIVERED) {
                    // Telesign reports the elapsed fallback on its own, then the SMS starting.
                    steps.put(Channel.RCS, 3056, fallback);
                    steps.put(Channel.SMS, 3001, smsStarted);
                } else {
                    steps.putTogether(Channel.RCS, 3056, fallback, Channel.SMS, 3001, smsStarted);
                }
                int smsCode = switch (scenario) {
                    case SMS_FALLBACK_DELIVERED -> 3000;
                    case SMS_FALLBACK_FAILED -> 3003;
                    default -> 3004;
                };
                steps.put(Channel.SMS, smsCode, smsStarted.plusMillis(1_000 + random.nextInt(20_000)));
            }
        }
        return new PlannedMessage(index, reference, scenario, reports);
    }

    /** A callback's bytes as Telesign sends them, with its signature. */
    public Callback callback(PlannedMessage message, int position) {
        byte[] body = DeliveryReportWriter.write(message.reports().get(position));
        return new Callback(body, "TSA " + customerId + ":" + signatures.sign(body));
    }

    private static long mix(long value) {
        long z = value * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Builds the cumulative reports: each step changes channels and publishes everything tried so far. */
    private static final class Steps {
        private final String reference;
        private final List<DeliveryReport> reports;
        private final List<ChannelStatus> channels = new ArrayList<>();

        Steps(String reference, List<DeliveryReport> reports) {
            this.reference = reference;
            this.reports = reports;
        }

        void put(Channel channel, int code, Instant at) {
            set(channel, code, at);
            publish(channel, code, at);
        }

        void putTogether(Channel first, int firstCode, Instant firstAt, Channel second, int secondCode, Instant secondAt) {
            set(first, firstCode, firstAt);
            set(second, secondCode, secondAt);
            publish(second, secondCode, secondAt);
        }

        private void set(Channel channel, int code, Instant at) {
            StatusCode status = StatusCode.of(code);
            // Telesign issues a channel's own reference id once it leaves 3001 (none while in progress).
            Optional<ReferenceId> sendId = code == 3001 ? Optional.empty()
                    : Optional.of(ReferenceId.of(reference.substring(0, 30) + (channel.equals(Channel.RCS) ? "01" : "02")));
            ChannelStatus entry = new ChannelStatus(channel, status, status.meaning().orElse(""), sendId,
                    Optional.of(TelesignTimestamp.of(at)));
            for (int i = 0; i < channels.size(); i++) {
                if (channels.get(i).channel().equals(channel)) {
                    channels.set(i, entry);
                    return;
                }
            }
            channels.add(entry);
        }

        /** The message status is the channel that changed last, as Telesign's {@code last_channel}. */
        private void publish(Channel channel, int code, Instant at) {
            StatusCode status = StatusCode.of(code);
            OverallStatus overall = new OverallStatus(status, status.meaning().orElse(""), Optional.of(channel),
                    Optional.of(TelesignTimestamp.of(at)));
            reports.add(new DeliveryReport(ReferenceId.of(reference), Optional.empty(), Optional.of(overall), channels));
        }
    }
}
