package dev.cascade.sending.demo;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The callbacks Telesign would have sent for a past message, for the demo's history: the same handset
 * rule as the simulator (a number's last two digits: 00-54 take RCS, 55-94 do not, 95-99 are
 * unreachable), realistic delays, and a slow tail of RCS deliveries that miss the fallback time.
 */
public final class SyntheticDeliveries {

    private static final StatusCode EXPIRED = StatusCode.of(3033);

    private final RandomGenerator random;

    public SyntheticDeliveries(RandomGenerator random) {
        this.random = random;
    }

    public static ReferenceId newReferenceId(RandomGenerator random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return ReferenceId.of(HexFormat.of().withUpperCase().formatHex(bytes));
    }

    /** The reports, oldest first; each lists every channel tried so far, as Telesign's callbacks do. */
    public List<DeliveryReport> reports(ReferenceId referenceId, String phoneNumber, int fallbackSeconds, Instant sentAt) {
        int lastTwo = Integer.parseInt(phoneNumber.substring(phoneNumber.length() - 2));
        Instant fallbackAt = sentAt.plusSeconds(fallbackSeconds);
        List<DeliveryReport> reports = new ArrayList<>();
        ChannelStatus rcsStarted = status(Channel.RCS, StatusCode.IN_PROGRESS, Optional.empty(), sentAt);
        reports.add(report(referenceId, rcsStarted));
        if (lastTwo < 55) {
            Instant deliveredAt = sentAt.plus(rcsDelay());
            if (deliveredAt.isBefore(fallbackAt)) {
                ReferenceId rcsId = newReferenceId(random);
                reports.add(report(referenceId, status(Channel.RCS, StatusCode.DELIVERED, Optional.of(rcsId), deliveredAt)));
                if (random.nextDouble() < 0.4) {
                    Instant readAt = deliveredAt.plusSeconds(20 + random.nextInt(900));
                    reports.add(report(referenceId, status(Channel.RCS, StatusCode.READ, Optional.of(rcsId), readAt)));
                }
                return reports;
            }
        }
        // No RCS (or RCS too slow): the fallback time elapses, SMS takes over.
        ChannelStatus rcsFailed = status(Channel.RCS, StatusCode.FALLBACK_TIME_ELAPSED, Optional.of(newReferenceId(random)), fallbackAt);
        ReferenceId smsId = newReferenceId(random);
        reports.add(report(referenceId, rcsFailed, status(Channel.SMS, StatusCode.IN_PROGRESS, Optional.of(smsId), fallbackAt)));
        boolean unreachable = lastTwo >= 95;
        Instant smsDone = fallbackAt.plusSeconds(unreachable ? 3600 + random.nextInt(3600) : 3 + random.nextInt(25));
        reports.add(report(referenceId, rcsFailed,
                status(Channel.SMS, unreachable ? EXPIRED : StatusCode.DELIVERED, Optional.of(smsId), smsDone)));
        return reports;
    }

    /** Most handsets answer in seconds; a tail takes minutes, and some of those miss the fallback. */
    private Duration rcsDelay() {
        double tail = random.nextDouble();
        long millis = tail < 0.85 ? 1_500 + (long) (Math.exp(random.nextDouble() * 2.3) * 1_000)
                : 20_000 + (long) (random.nextDouble() * 900_000);
        return Duration.ofMillis(millis);
    }

    private static ChannelStatus status(Channel channel, StatusCode code, Optional<ReferenceId> id, Instant at) {
        return new ChannelStatus(channel, code, code.meaning().orElse(""), id, Optional.of(TelesignTimestamp.of(at)));
    }

    private static DeliveryReport report(ReferenceId referenceId, ChannelStatus... channels) {
        ChannelStatus last = channels[channels.length - 1];
        OverallStatus overall = new OverallStatus(last.code(), last.description(), Optional.of(last.channel()), last.updatedOn());
        return new DeliveryReport(referenceId, Optional.empty(), Optional.of(overall), List.of(channels));
    }
}
