package dev.cascade.sending.demo;

import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.TelesignTimestamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Back-fills past days of messages so a fresh demo has charts to show:
 * {@code cascade.demo.history-days} (default 0: none) days of {@code cascade.demo.history-per-day}
 * messages, with a daily rhythm. Written straight into the ledger as Cascade's sends and their
 * callbacks (receipts marked {@code BACKFILL}); done once — a ledger that has back-filled receipts is
 * left alone.
 */
@ApplicationScoped
public class DemoHistory {

    private static final System.Logger LOG = System.getLogger(DemoHistory.class.getName());
    /** Relative traffic per hour of the day (UTC): quiet nights, busy late mornings and evenings. */
    private static final int[] HOURLY = {2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 8, 8, 8, 9, 10, 10, 9, 7, 5, 4, 3};
    private static final int BATCH = 200;

    @Inject
    DeliveryLedger ledger;

    @Inject
    LedgerQueries queries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cascade.demo.history-days", defaultValue = "0")
    int days;

    @Inject
    @ConfigProperty(name = "cascade.demo.history-per-day", defaultValue = "400")
    int perDay;

    /** @return how many messages were back-filled (0 when off or already done) */
    public int backfillIfAsked() {
        if (days <= 0 || queries.receiptCount(ReportSource.BACKFILL) > 0) {
            return 0;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        SplittableRandom random = new SplittableRandom(days * 31L + perDay);
        DemoMessages messages = new DemoMessages(random);
        SyntheticDeliveries deliveries = new SyntheticDeliveries(random);
        int total = days * perDay;
        int hourWeights = java.util.Arrays.stream(HOURLY).sum();
        List<IncomingReport> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Instant sentAt = sendTime(now, random, hourWeights);
            ReferenceId referenceId = SyntheticDeliveries.newReferenceId(random);
            OmniMessageRequest request = messages.next("history-" + i);
            int fallback = request.channels().get(0).fallbackTimeSeconds().orElse(300);
            ledger.recordSend(new SendRecord(referenceId, Origin.CASCADE, request.phoneNumber(), request.messageType().name(),
                    request.externalId(), List.of(Channel.RCS, Channel.SMS), OptionalInt.of(fallback), sentAt, Optional.empty()));
            for (DeliveryReport report : deliveries.reports(referenceId, request.phoneNumber(), fallback, sentAt)) {
                Instant at = report.status().flatMap(s -> s.updatedOn()).flatMap(TelesignTimestamp::instant).orElse(sentAt);
                if (at.isAfter(now)) {
                    break; // not happened yet: the newest messages are still in flight
                }
                pending.add(new IncomingReport(report, DeliveryReportWriter.write(report), "application/json", at, List.of(),
                        ReportSource.BACKFILL));
            }
            if (pending.size() >= BATCH) {
                ledger.apply(pending);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            ledger.apply(pending);
        }
        LOG.log(Level.INFO, "demo history: " + total + " messages over " + days + " day(s) back-filled in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        return total;
    }

    private Instant sendTime(Instant now, SplittableRandom random, int hourWeights) {
        int day = random.nextInt(days);
        int ticket = random.nextInt(hourWeights);
        int hour = 0;
        while (ticket >= HOURLY[hour]) {
            ticket -= HOURLY[hour++];
        }
        Instant dayStart = now.minus(Duration.ofDays(day + 1L)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        return dayStart.plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(3600));
    }
}
