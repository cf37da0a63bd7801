package dev.cascade.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.ledger.LedgerSchemaStartup;
import dev.cascade.it.reporting.PlannedMessage.Fate;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.infrastructure.DatabaseFailures;
import dev.cascade.ledger.reporting.DeliveryTimes;
import dev.cascade.ledger.reporting.FailureReason;
import dev.cascade.ledger.reporting.FallbackAdvice;
import dev.cascade.ledger.reporting.Granularity;
import dev.cascade.ledger.reporting.MessagePage;
import dev.cascade.ledger.reporting.MessageSearch;
import dev.cascade.ledger.reporting.Overview;
import dev.cascade.ledger.reporting.ReceiptPage;
import dev.cascade.ledger.reporting.ReportFilter;
import dev.cascade.ledger.reporting.ReportingQueries;
import dev.cascade.ledger.reporting.SeriesPoint;
import dev.cascade.ledger.rollup.DeliveryTimeBounds;
import dev.cascade.telesign.status.ReferenceId;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's numbers, inside WildFly on the real database: a ledger seeded through the real
 * {@link DeliveryLedger} (sends and callbacks, as in production) must give exactly the tiles, series,
 * failure reasons, delivery times, advice and search results computed here from the same plan; and the
 * aggregates must equal a recount of the messages at every moment, while callbacks arrive twice, out of
 * order and concurrently.
 *
 * <p>The database is shared with every other test class of the run: each test sends its messages in a
 * time window of its own (in 2031) and only looks there.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Comparator<PlannedMessage> NEWEST_FIRST = Comparator.comparing(PlannedMessage::sentAt).reversed();

    @Inject
    DeliveryLedger ledger;

    @Inject
    LedgerQueries queries;

    @Inject
    ReportingQueries reporting;

    /** The ledger as the EAR ships it (its lib/ jars), plus this test. */
    @Deployment
    static WebArchive deployment() {
        return CascadeDeployment.ledgerLibrariesIn("reporting-it.war")
                .addPackage(ReportingIT.class.getPackage())
                .addClass(LedgerSchemaStartup.class);
    }

    // --- the seeded ledger -----------------------------------------------------------------------------

    /**
     * 100 messages over three days from {@code base}, one every 41 minutes: 70 delivered as RCS (0.7 s to
     * 2.5 min), 20 by SMS fallback, 5 failed (one of them RCS-only, 3055), 5 pending; every tenth only seen
     * in callbacks, two in ten test sends (fallback 300 s, the others 600 s); OTP and MKT; calling codes 1,
     * 44 and 351; phone numbers ending 7000 to 7099 and then 24 (one in three) or 31. Sent, then their callbacks applied in arrival order in
     * batches, as the callback endpoint would.
     */
    private List<PlannedMessage> seed(Instant base) {
        String run = PlannedMessage.newReference().substring(0, 8);
        List<String> prefixes = List.of("1555867", "44770090", "3519123", "1202555");
        List<PlannedMessage> planned = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Instant sentAt = base.plus(Duration.ofMinutes(41L * i)).plusNanos(i * 7_000L + 500_000L);
            Origin origin = i % 10 == 9 ? Origin.CALLBACK : i % 10 == 3 || i % 10 == 7 ? Origin.TEST : Origin.CASCADE;
            Fate fate = i < 70 ? Fate.RCS : i < 90 ? Fate.SMS_FALLBACK : i == 92 ? Fate.RCS_ONLY_FAILED : i < 95 ? Fate.SMS_FAILED
                    : Fate.PENDING;
            Duration delay = fate == Fate.RCS ? Duration.ofMillis(700 + i * 7919L % 150_000) : Duration.ofSeconds(3 + i % 40);
            String phone = prefixes.get(i % 4) + (7000 + i) + (i % 3 == 1 ? "24" : "31");
            planned.add(PlannedMessage.plan(i, sentAt, origin, i % 3 == 0 ? "OTP" : "MKT", phone,
                    "order-" + run + "-" + i, fate, origin == Origin.TEST ? 300 : 600, delay));
        }
        planned.forEach(message -> message.send().ifPresent(ledger::recordSend));
        List<IncomingReport> arrivals = planned.stream().flatMap(message -> message.callbacks().stream())
                .sorted(Comparator.comparing(IncomingReport::receivedAt)).toList();
        for (int start = 0; start < arrivals.size(); start += 25) {
            ledger.apply(arrivals.subList(start, Math.min(arrivals.size(), start + 25)));
        }
        for (PlannedMessage message : planned) {
            assertThat(queries.message(ReferenceId.of(message.reference())).orElseThrow().outcome())
                    .as("message %d (%s, %s)", message.index(), message.fate(), message.origin()).isEqualTo(message.outcome());
        }
        return planned;
    }

    // --- overview --------------------------------------------------------------------------------------

    @Test
    void theOverviewCountsTheSeededLedgerExactlyForEveryFilter() throws Exception {
        Instant base = Instant.parse("2031-03-10T00:00:00Z");
        Instant end = base.plus(3, ChronoUnit.DAYS);
        List<PlannedMessage> seeded = seed(base);

        record Case(String name, ReportFilter filter, Predicate<PlannedMessage> selects) {
        }
        List<Case> cases = List.of(
                new Case("everything", ReportFilter.between(base, end), m -> true),
                new Case("OTP", new ReportFilter(base, end, Optional.of("OTP"), Set.of(), Optional.empty()),
                        m -> m.type().equals(Optional.of("OTP"))),
                new Case("test sends", new ReportFilter(base, end, Optional.empty(), ReportFilter.TESTS, Optional.empty()),
                        m -> m.origin() == Origin.TEST),
                new Case("live", new ReportFilter(base, end, Optional.empty(), ReportFilter.LIVE, Optional.empty()),
                        m -> m.origin() != Origin.TEST),
                new Case("+351", new ReportFilter(base, end, Optional.empty(), Set.of(), Optional.of("351")),
                        m -> m.callingCode().equals(Optional.of("351"))),
                new Case("live MKT to +1", new ReportFilter(base, end, Optional.of("MKT"), ReportFilter.LIVE, Optional.of("1")),
                        m -> m.origin() != Origin.TEST && m.type().equals(Optional.of("MKT")) && m.callingCode().equals(Optional.of("1"))),
                // Not whole UTC days: hours at both ends, days in between.
                new Case("05:00 to 21:00", ReportFilter.between(base.plus(5, ChronoUnit.HOURS), end.minus(3, ChronoUnit.HOURS)),
                        m -> !m.sentAt().isBefore(base.plus(5, ChronoUnit.HOURS)) && m.sentAt().isBefore(end.minus(3, ChronoUnit.HOURS))));

        for (Case c : cases) {
            // New York's days (EDT, UTC-4) that overlap the range.
            List<Instant> days = ZonedDateTime.ofInstant(c.filter().firstHour(), NEW_YORK).toLocalDate()
                    .datesUntil(ZonedDateTime.ofInstant(c.filter().endHour().minusSeconds(1), NEW_YORK).toLocalDate().plusDays(1))
                    .map(day -> day.atStartOfDay(NEW_YORK).toInstant()).toList();
            List<PlannedMessage> expected = seeded.stream().filter(c.selects()).toList();
            assertThat(expected).as(c.name()).isNotEmpty();
            Overview overview = reporting.overview(c.filter(), NEW_YORK);

            assertThat(overview.granularity()).isEqualTo(Granularity.DAY);
            for (Outcome outcome : Outcome.values()) {
                assertThat(overview.totals().count(outcome)).as("%s: %s", c.name(), outcome).isEqualTo(count(expected, outcome));
            }
            assertThat(overview.totals().sent()).as(c.name()).isEqualTo(expected.size());
            assertSeries(c.name(), overview, days, expected,
                    m -> ZonedDateTime.ofInstant(m.sentAt(), NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK).toInstant());
            assertThat(overview.rcsFailures().stream().collect(Collectors.toMap(FailureReason::code, FailureReason::messages)))
                    .as("%s: RCS failures", c.name())
                    .isEqualTo(expected.stream().filter(m -> m.rcsFailureCode() != 0)
                            .collect(Collectors.groupingBy(PlannedMessage::rcsFailureCode, Collectors.counting())));
            assertTimes(c.name() + ": RCS", overview.rcs(), times(expected, Fate.RCS));
            assertTimes(c.name() + ": SMS fallback", overview.smsFallback(), times(expected, Fate.SMS_FALLBACK));
        }
        Overview all = reporting.overview(ReportFilter.between(base, end), NEW_YORK);
        assertThat(all.rcsFailures()).first().satisfies(top -> {
            assertThat(top.code()).isEqualTo(3056);
            assertThat(top.meaning()).isEqualTo("Message failed to deliver in specified fallback time");
        });
        assertThat(reporting.callingCodes()).contains("1", "44", "351");
        assertThat(reporting.callingCodes().indexOf("1")).isLessThan(reporting.callingCodes().indexOf("351"));

        RollupAudit audit = RollupAudit.take(base, end);
        assertThat(audit.differences()).isEmpty();
        assertThat(audit.messages()).isEqualTo(100);
    }

    @Test
    void upToTwoDaysTheSeriesIsHourlyAndAHalfHourZoneGetsHalfHourShiftedHours() {
        Instant base = Instant.parse("2031-04-10T00:00:00Z");
        List<PlannedMessage> seeded = seed(base);
        // The hour in progress counts: 47 h 20 min cover 48 whole hours.
        ReportFilter filter = ReportFilter.between(base, base.plus(Duration.ofHours(47).plusMinutes(20)));

        Overview overview = reporting.overview(filter, KOLKATA);

        assertThat(overview.granularity()).isEqualTo(Granularity.HOUR);
        List<Instant> hours = new ArrayList<>();
        for (int h = 0; h < 48; h++) {
            hours.add(base.plus(h, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES));
        }
        List<PlannedMessage> expected = seeded.stream().filter(m -> m.sentAt().isBefore(base.plus(48, ChronoUnit.HOURS))).toList();
        assertSeries("Kolkata, hourly", overview, hours, expected,
                m -> m.sentAt().truncatedTo(ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES));
        assertThat(overview.totals().sent()).isEqualTo(expected.size());
    }

    // --- fallback advice -------------------------------------------------------------------------------

    @Test
    void theAdviceReadsTheRcsDeliveryTimesAndTheFallbackTimeInUse() {
        Instant base = Instant.parse("2031-05-10T00:00:00Z");
        Instant end = base.plus(3, ChronoUnit.DAYS);
        List<PlannedMessage> seeded = seed(base);

        FallbackAdvice advice = reporting.fallbackAdvice(ReportFilter.between(base, end));

        assertThat(advice.currentFallback()).contains(Duration.ofSeconds(600));
        assertThat(advice.smsFallbackMessages()).isEqualTo(count(seeded, Outcome.DELIVERED_SMS_FALLBACK));
        List<Duration> rcs = times(seeded, Fate.RCS);
        assertThat(advice.rcs().messages()).isEqualTo(rcs.size());
        assertThat(advice.suggestions()).extracting(FallbackAdvice.Suggestion::percent).containsExactly(90, 95, 99);
        for (FallbackAdvice.Suggestion suggestion : advice.suggestions()) {
            int seconds = DeliveryTimeBounds.SECONDS.stream().filter(bound -> bound >= 30)
                    .filter(bound -> rcs.stream().filter(d -> d.compareTo(Duration.ofSeconds(bound)) <= 0).count() * 100
                            >= (long) suggestion.percent() * rcs.size())
                    .findFirst().orElse(3600);
            Duration fallback = Duration.ofSeconds(seconds);
            assertThat(suggestion.fallbackTime()).as("%d %%", suggestion.percent()).isEqualTo(fallback);
            assertThat(suggestion.rcsMissed()).isEqualTo(rcs.stream().filter(d -> d.compareTo(fallback) > 0).count());
            assertThat(suggestion.waitSavedPerSms()).contains(Duration.ofSeconds(600 - seconds));
        }
        assertThat(advice.suggestions().get(0).fallbackTime()).as("the seeded RCS times reach 2.5 min")
                .isGreaterThan(Duration.ofSeconds(60)).isLessThanOrEqualTo(Duration.ofSeconds(180));

        FallbackAdvice tests = reporting.fallbackAdvice(new ReportFilter(base, end, Optional.empty(), ReportFilter.TESTS,
                Optional.empty()));
        assertThat(tests.currentFallback()).contains(Duration.ofSeconds(300));
    }

    // --- message search --------------------------------------------------------------------------------

    @Test
    void searchFindsByReferenceExternalIdAndLastDigitsAndPagesNewestFirstWithoutGapsOrRepeats() {
        Instant base = Instant.parse("2031-07-10T00:00:00Z");
        Instant end = base.plus(3, ChronoUnit.DAYS);
        List<PlannedMessage> seeded = seed(base);
        Function<PlannedMessage, String> reference = PlannedMessage::reference;

        assertThat(allPages(Optional.empty(), Optional.empty(), base, end, 7)).as("every page, token by token")
                .containsExactlyElementsOf(seeded.stream().sorted(NEWEST_FIRST).map(reference).toList());
        assertThat(allPages(Optional.of("24"), Optional.empty(), base, end, 4)).as("numbers ending 24")
                .containsExactlyElementsOf(seeded.stream().filter(m -> m.phone().filter(p -> p.endsWith("24")).isPresent())
                        .sorted(NEWEST_FIRST).map(reference).toList()).hasSizeGreaterThan(8);
        PlannedMessage m42 = seeded.get(42);
        assertThat(allPages(Optional.of("+" + m42.phone().orElseThrow()), Optional.empty(), base, end, 50)).containsExactly(m42.reference());
        assertThat(allPages(Optional.of(seeded.get(17).reference().toLowerCase(Locale.ROOT)), Optional.empty(), base, end, 50))
                .containsExactly(seeded.get(17).reference());
        assertThat(allPages(seeded.get(23).externalId(), Optional.empty(), base, end, 50)).containsExactly(seeded.get(23).reference());
        assertThat(allPages(Optional.empty(), Optional.of(Outcome.FAILED), base, end, 2))
                .containsExactlyElementsOf(seeded.stream().filter(m -> m.outcome() == Outcome.FAILED).sorted(NEWEST_FIRST)
                        .map(reference).toList());
        assertThat(allPages(Optional.of("704231"), Optional.empty(), base, end, 50)).containsExactly(m42.reference());
        assertThat(allPages(Optional.of("704231"), Optional.of(Outcome.PENDING), base, end, 50)).isEmpty();
        assertThat(allPages(Optional.of("704231"), Optional.empty(), end, end.plus(1, ChronoUnit.DAYS), 50)).as("outside the range")
                .isEmpty();

        MessagePage.Row row = reporting.searchMessages(new MessageSearch(Optional.of("704231"), Optional.empty(), base, end,
                Optional.empty(), 50)).messages().get(0);
        assertThat(row.phoneNumber()).isEqualTo(m42.phone());
        assertThat(row.externalId()).isEqualTo(m42.externalId());
        assertThat(row.messageType()).isEqualTo(m42.type());
        assertThat(row.origin()).isEqualTo(m42.origin());
        assertThat(row.outcome()).isEqualTo(Outcome.DELIVERED_RCS);
        assertThat(row.outcomeChannel()).contains("rcs");
        assertThat(row.sentAt()).isEqualTo(m42.sentAt());
        assertThat(row.deliveredAt()).contains(m42.sentAt().plus(m42.timeToDelivery().orElseThrow()));
    }

    /** Every page of a search, following each page's cursor through its URL token. */
    private List<String> allPages(Optional<String> text, Optional<Outcome> outcome, Instant from, Instant to, int pageSize) {
        List<String> references = new ArrayList<>();
        Optional<MessageSearch.Cursor> after = Optional.empty();
        for (int page = 0; page < 100; page++) {
            MessagePage found = reporting.searchMessages(new MessageSearch(text, outcome, from, to, after, pageSize));
            assertThat(found.messages().size()).isLessThanOrEqualTo(pageSize);
            found.messages().forEach(row -> references.add(row.referenceId()));
            if (found.next().isEmpty()) {
                return references;
            }
            assertThat(found.messages()).hasSize(pageSize);
            after = MessageSearch.Cursor.parse(found.next().get().token());
            assertThat(after).isEqualTo(found.next());
        }
        throw new AssertionError("more than 100 pages");
    }

    // --- receipts --------------------------------------------------------------------------------------

    @Test
    void receiptsPageNewestFirstByVerdictWithTheLastDaysCounts() {
        PlannedMessage message = PlannedMessage.plan(0, Instant.now(), Origin.CALLBACK, "MKT", "", "", Fate.PENDING, 600,
                Duration.ZERO);
        IncomingReport callback = message.callbacks().get(0);

        List<ApplyResult> results = ledger.apply(List.of(callback, callback));

        ReceiptPage duplicates = reporting.receipts(Optional.of(ReceiptVerdict.DUPLICATE), Optional.empty(), 1);
        assertThat(duplicates.receipts()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(results.get(1).receiptId());
            assertThat(row.referenceId()).contains(message.reference());
            assertThat(row.verdict()).isEqualTo(ReceiptVerdict.DUPLICATE);
            assertThat(row.bodySize()).isEqualTo(callback.rawBody().length);
        });
        assertThat(duplicates.lastDay()).containsOnlyKeys(ReceiptVerdict.values());
        assertThat(duplicates.lastDay().get(ReceiptVerdict.DUPLICATE)).isPositive();

        ReceiptPage first = reporting.receipts(Optional.empty(), Optional.empty(), 3);
        assertThat(first.receipts()).hasSize(3).extracting(ReceiptPage.Row::id).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(first.nextBefore()).contains(first.receipts().get(2).id());
        ReceiptPage second = reporting.receipts(Optional.empty(), first.nextBefore(), 3);
        assertThat(second.receipts()).allSatisfy(row -> assertThat(row.id()).isLessThan(first.nextBefore().get()));
    }

    // --- the aggregates under concurrency ---------------------------------------------------------------

    @Test
    void theAggregatesEqualARecountOfTheMessagesWhileCallbacksArriveTwiceOutOfOrderAndConcurrently() throws Exception {
        Instant base = Instant.parse("2031-06-01T00:00:00Z");
        Instant end = base.plus(6, ChronoUnit.HOURS);
        Instant day = base.plus(1, ChronoUnit.DAYS); // the audits compare whole UTC days (the daily rows)
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<PlannedMessage> planned = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int roll = random.nextInt(10);
            Origin origin = roll < 2 ? Origin.CALLBACK : roll < 4 ? Origin.TEST : Origin.CASCADE;
            Fate fate = Fate.values()[random.nextInt(Fate.values().length)];
            Instant sentAt = base.plus(Duration.ofMinutes(random.nextInt(300))).plusNanos(random.nextInt(1_000_000_000));
            PlannedMessage message = PlannedMessage.plan(i, sentAt, origin, random.nextBoolean() ? "OTP" : "MKT",
                    List.of("1555", "4477", "35191", "4915").get(random.nextInt(4)) + (1_000_000 + random.nextInt(9_000_000)), "x-" + i,
                    fate, random.nextBoolean() ? 300 : 600, Duration.ofMillis(random.nextInt(200_000)));
            planned.add(message);
            message.send().ifPresent(events::add);
            for (IncomingReport callback : message.callbacks()) {
                events.add(callback);
                if (random.nextInt(10) < 3) {
                    events.add(callback); // Telesign re-sends
                }
            }
        }
        Collections.shuffle(events, random);
        List<List<Object>> tasks = new ArrayList<>();
        for (int start = 0; start < events.size(); ) {
            int size = 1 + random.nextInt(8);
            tasks.add(events.subList(start, Math.min(events.size(), start + size)));
            start += size;
        }

        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<?>> running = tasks.stream().<Future<?>>map(task -> executor.submit(() -> deliver(task))).toList();
        List<String> midway = new ArrayList<>();
        int audits = 0;
        do {
            int snapshot = audits++;
            RollupAudit.take(base, day).differences().forEach(difference -> midway.add("snapshot " + snapshot + ": " + difference));
        } while (running.stream().anyMatch(task -> !task.isDone()));
        for (Future<?> task : running) {
            task.get(2, TimeUnit.MINUTES);
        }

        RollupAudit last = RollupAudit.take(base, day);
        assertThat(last.differences()).as("at the end (seed %d)", seed).isEmpty();
        assertThat(midway).as("in %d snapshots while the callbacks arrived (seed %d)", audits, seed).isEmpty();
        assertThat(last.messages()).isEqualTo(planned.size());
        for (PlannedMessage message : planned) {
            assertThat(queries.message(ReferenceId.of(message.reference())).orElseThrow().outcome())
                    .as("message %d (%s, %s, seed %d)", message.index(), message.fate(), message.origin(), seed)
                    .isEqualTo(message.outcome());
        }
        Map<Outcome, Long> totals = reporting.overview(ReportFilter.between(base, end), ZoneId.of("UTC")).totals().byOutcome();
        assertThat(totals).isEqualTo(counts(planned));
    }

    /** One writer's share of the stream: its sends, then its callbacks as one batch; retried as the callback writer retries. */
    private void deliver(List<Object> events) {
        List<IncomingReport> callbacks = events.stream().filter(IncomingReport.class::isInstance).map(IncomingReport.class::cast).toList();
        events.stream().filter(SendRecord.class::isInstance).map(SendRecord.class::cast)
                .forEach(send -> withRetries(() -> ledger.recordSend(send)));
        if (!callbacks.isEmpty()) {
            withRetries(() -> ledger.apply(callbacks));
        }
    }

    /** Deadlocks, serialization failures and unique races (H2's first inserts) are retried, as in production. */
    private static void withRetries(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 20 || DatabaseFailures.classify(e) != DatabaseFailures.Kind.RETRYABLE) {
                    throw e;
                }
                try {
                    Thread.sleep(1 + (long) (Math.random() * 10));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    // --- expectations from the plan ---------------------------------------------------------------------

    private static long count(List<PlannedMessage> messages, Outcome outcome) {
        return messages.stream().filter(m -> m.outcome() == outcome).count();
    }

    private static Map<Outcome, Long> counts(List<PlannedMessage> messages) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, count(messages, outcome));
        }
        return counts;
    }

    private static List<Duration> times(List<PlannedMessage> messages, Fate fate) {
        return messages.stream().filter(m -> m.fate() == fate).map(m -> m.timeToDelivery().orElseThrow()).sorted().toList();
    }

    /** The chart's axis is exactly {@code axis}, and each bucket counts the messages {@code bucketOf} puts in it. */
    private static void assertSeries(String name, Overview overview, List<Instant> axis, List<PlannedMessage> expected,
                                     Function<PlannedMessage, Instant> bucketOf) {
        assertThat(overview.series()).extracting(SeriesPoint::start).as("%s: axis", name).containsExactlyElementsOf(axis);
        Map<Instant, List<PlannedMessage>> byBucket = expected.stream().collect(Collectors.groupingBy(bucketOf, TreeMap::new,
                Collectors.toList()));
        assertThat(axis).as("%s: every message in a bucket of the axis", name).containsAll(byBucket.keySet());
        for (SeriesPoint point : overview.series()) {
            assertThat(point.counts().byOutcome()).as("%s: bucket %s", name, point.start())
                    .isEqualTo(counts(byBucket.getOrDefault(point.start(), List.of())));
        }
    }

    /**
     * The histogram counts exactly the planned times per bucket; the median and 90th percentile lie in the
     * bucket of the planned time of that rank (they are interpolated within it).
     */
    private static void assertTimes(String name, DeliveryTimes actual, List<Duration> planned) {
        assertThat(actual.messages()).as("%s: messages", name).isEqualTo(planned.size());
        assertThat(actual.histogram()).extracting(b -> b.upTo().map(Duration::toMillis).orElse(DeliveryTimeBounds.OPEN))
                .as("%s: bounds", name).containsExactlyElementsOf(DeliveryTimeBounds.allUpToMillis());
        Optional<Duration> lower = Optional.empty(); // the first bucket also holds receipts stamped before the send
        for (DeliveryTimes.Bucket bucket : actual.histogram()) {
            Optional<Duration> above = lower;
            long inBucket = planned.stream().filter(d -> above.map(l -> d.compareTo(l) > 0).orElse(true)
                    && bucket.upTo().map(up -> d.compareTo(up) <= 0).orElse(true)).count();
            assertThat(bucket.messages()).as("%s: bucket up to %s", name, bucket.upTo()).isEqualTo(inBucket);
            lower = bucket.upTo().or(() -> above);
        }
        assertPercentile(name + ": median", actual, actual.median(), planned, 0.5);
        assertPercentile(name + ": p90", actual, actual.p90(), planned, 0.9);
    }

    private static void assertPercentile(String name, DeliveryTimes actual, Optional<Duration> percentile, List<Duration> planned,
                                         double fraction) {
        if (planned.isEmpty()) {
            assertThat(percentile).as(name).isEmpty();
            return;
        }
        Duration exact = planned.get((int) Math.ceil(fraction * planned.size()) - 1);
        Duration lower = Duration.ZERO;
        for (DeliveryTimes.Bucket bucket : actual.histogram()) {
            if (bucket.upTo().isEmpty() || exact.compareTo(bucket.upTo().get()) <= 0) {
                Duration from = lower;
                Duration upTo = bucket.upTo().orElse(lower);
                assertThat(percentile).as("%s (planned %s)", name, exact).hasValueSatisfying(value ->
                        assertThat(value).isBetween(from, upTo));
                return;
            }
            lower = bucket.upTo().get();
        }
    }
}
