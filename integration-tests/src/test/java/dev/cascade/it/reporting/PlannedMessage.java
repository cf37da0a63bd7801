package dev.cascade.it.reporting;

import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.domain.CallingCode;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.MalformedReportException;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ParsedReport;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A message a test seeds through the real ledger, and what the dashboard must then say about it: its send
 * (none for a message only seen in callbacks), the callbacks Telesign would post for its fate, and the
 * values every count, histogram and search result is checked against.
 *
 * @param sentAt         the {@code sent_at} the ledger must end with (the send, or the first status time)
 * @param timeToDelivery for RCS and SMS-fallback deliveries: delivered_at - sent_at
 */
record PlannedMessage(String reference, int index, Optional<SendRecord> send, List<IncomingReport> callbacks, Instant sentAt,
                      Optional<String> type, Origin origin, Optional<String> phone, Optional<String> callingCode,
                      Optional<String> externalId, Fate fate, int rcsFailureCode, int fallbackSeconds,
                      Optional<Duration> timeToDelivery) {

    /** What becomes of the message, as Telesign reports it. */
    enum Fate {
        /** RCS in progress, delivered after {@code delay}, read 20 s later. */
        RCS(Outcome.DELIVERED_RCS),
        /** RCS 3056 at the fallback time, then the SMS delivered {@code delay} later. */
        SMS_FALLBACK(Outcome.DELIVERED_SMS_FALLBACK),
        /** RCS 3056 at the fallback time, then the SMS failed (3003) {@code delay} later. */
        SMS_FAILED(Outcome.FAILED),
        /** Only RCS requested; it fails with 3055 (not supported by the device) after {@code delay}. */
        RCS_ONLY_FAILED(Outcome.FAILED),
        /** RCS still in progress. */
        PENDING(Outcome.PENDING);

        final Outcome outcome;

        Fate(Outcome outcome) {
            this.outcome = outcome;
        }
    }

    Outcome outcome() {
        return fate.outcome;
    }

    static String newReference() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * @param sentAt   when Cascade sent it (for {@link Origin#CALLBACK}: about when Telesign started)
     * @param phone    for a send; ignored for a message only seen in callbacks
     * @param fallback the fallback time Telesign applies (recorded only for a send)
     * @param delay    see {@link Fate}
     */
    static PlannedMessage plan(int index, Instant sentAt, Origin origin, String type, String phone, String externalId, Fate fate,
                               int fallback, Duration delay) {
        String reference = newReference();
        // Telesign's times have milliseconds; the first status comes with (or just before) the send.
        Instant t0 = sentAt.truncatedTo(ChronoUnit.MILLIS);
        Instant failedAt = fate == Fate.RCS_ONLY_FAILED ? t0.plus(delay) : t0.plusSeconds(fallback);
        Instant lastAt = fate == Fate.RCS ? t0.plus(delay) : failedAt.plus(delay);
        List<IncomingReport> callbacks = new ArrayList<>();
        callbacks.add(report(reference, 3001, "rcs", t0, List.of(channel("rcs", 3001, t0))));
        switch (fate) {
            case RCS -> {
                callbacks.add(report(reference, 3000, "rcs", lastAt, List.of(channel("rcs", 3000, lastAt))));
                Instant read = lastAt.plusSeconds(20);
                callbacks.add(report(reference, 3005, "rcs", read, List.of(channel("rcs", 3005, read))));
            }
            case SMS_FALLBACK, SMS_FAILED -> {
                callbacks.add(report(reference, 3001, "sms", failedAt,
                        List.of(channel("rcs", 3056, failedAt), channel("sms", 3001, failedAt))));
                int sms = fate == Fate.SMS_FALLBACK ? 3000 : 3003;
                callbacks.add(report(reference, sms, "sms", lastAt,
                        List.of(channel("rcs", 3056, failedAt), channel("sms", sms, lastAt))));
            }
            case RCS_ONLY_FAILED -> callbacks.add(report(reference, 3055, "rcs", failedAt, List.of(channel("rcs", 3055, failedAt))));
            case PENDING -> {
            }
        }
        int rcsFailure = switch (fate) {
            case SMS_FALLBACK, SMS_FAILED -> 3056;
            case RCS_ONLY_FAILED -> 3055;
            case RCS, PENDING -> 0;
        };
        boolean sent = origin != Origin.CALLBACK;
        Instant storedSentAt = sent ? sentAt.truncatedTo(ChronoUnit.MICROS) : t0;
        Optional<Duration> timeToDelivery = fate == Fate.RCS || fate == Fate.SMS_FALLBACK
                ? Optional.of(Duration.between(storedSentAt, lastAt)) : Optional.empty();
        List<Channel> requested = fate == Fate.RCS_ONLY_FAILED ? List.of(Channel.RCS) : List.of(Channel.RCS, Channel.SMS);
        Optional<SendRecord> send = sent
                ? Optional.of(new SendRecord(ReferenceId.of(reference), origin, phone, type, Optional.of(externalId), requested,
                OptionalInt.of(fallback), sentAt, origin == Origin.TEST ? Optional.of("admin") : Optional.empty()))
                : Optional.empty();
        return new PlannedMessage(reference, index, send, List.copyOf(callbacks), storedSentAt,
                sent ? Optional.of(type) : Optional.empty(), origin, sent ? Optional.of(phone) : Optional.empty(),
                sent ? CallingCode.of(phone) : Optional.empty(), sent ? Optional.of(externalId) : Optional.empty(), fate, rcsFailure,
                sent ? fallback : 0, timeToDelivery);
    }

    private static ChannelStatus channel(String name, int code, Instant at) {
        StatusCode status = StatusCode.of(code);
        return new ChannelStatus(Channel.of(name), status, status.meaning().orElse(""), Optional.empty(),
                Optional.of(TelesignTimestamp.of(at)));
    }

    /** A callback as the endpoint hands it to the ledger: written as Telesign does, parsed as Cascade does. */
    private static IncomingReport report(String reference, int code, String lastChannel, Instant at, List<ChannelStatus> channels) {
        StatusCode status = StatusCode.of(code);
        DeliveryReport report = new DeliveryReport(ReferenceId.of(reference), Optional.empty(), Optional.of(new OverallStatus(status,
                status.meaning().orElse(""), Optional.of(Channel.of(lastChannel)), Optional.of(TelesignTimestamp.of(at)))), channels);
        byte[] body = DeliveryReportWriter.write(report);
        try {
            ParsedReport parsed = DeliveryReportParser.parse(body);
            return new IncomingReport(parsed.report(), body, "application/json", at.plusMillis(700), parsed.warnings(),
                    ReportSource.CALLBACK);
        } catch (MalformedReportException e) {
            throw new IllegalStateException("the test wrote a callback Cascade cannot read", e);
        }
    }
}
