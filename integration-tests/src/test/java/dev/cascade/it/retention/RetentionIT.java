package dev.cascade.it.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.ledger.LedgerSchemaStartup;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.MessageView;
import dev.cascade.ledger.application.MessageView.ReceiptView;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.ledger.jobs.ClusterJobs;
import dev.cascade.ledger.jobs.JobLease;
import dev.cascade.ledger.retention.RetentionJob;
import dev.cascade.ledger.retention.RetentionPolicy;
import dev.cascade.ledger.retention.RetentionRun;
import dev.cascade.ledger.retention.RunStatus;
import dev.cascade.ledger.retention.RunTrigger;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.ReferenceId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention inside WildFly on the real database: exactly the old bodies, receipts and history go, the rest
 * stays; a job held by another node is not run twice; a callback Telesign re-sends after retention is still
 * stored correctly.
 *
 * <p>Every test dates its callbacks decades back and deletes with cutoffs in that past, so it touches nothing
 * the other tests store (they live in 2026), and each leaves nothing older than its own cutoffs behind.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final DateTimeFormatter TELESIGN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Inject
    DeliveryLedger ledger;

    @Inject
    LedgerQueries queries;

    @Inject
    RetentionJob retention;

    @Inject
    ClusterJobs jobs;

    @Resource(lookup = "java:jboss/datasources/CascadeDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Deployment
    static WebArchive deployment() {
        return CascadeDeployment.ledgerLibrariesIn("retention-it.war")
                .addClasses(RetentionIT.class, LedgerSchemaStartup.class);
    }

    @Test
    void oldBodiesReceiptsAndHistoryGoExactlyAndReSentCallbacksAreStillStoredRight() throws Exception {
        String ancient = newReference();   // 2005: body, receipt and history deleted
        String old = newReference();       // 2015: body deleted, receipt and history kept
        String recent = newReference();    // 2020: kept whole
        Instant ancientAt = Instant.parse("2005-03-01T12:10:08Z");
        Instant oldAt = Instant.parse("2015-03-01T12:10:08Z");
        Instant recentAt = Instant.parse("2020-03-01T12:10:08Z");
        ledger.apply(List.of(smsDelivered(ancient, ancientAt, ancientAt), smsDelivered(old, oldAt, oldAt),
                smsDelivered(recent, recentAt, recentAt)));
        long ancientHistory = count("select count(*) from status_history h join message m on m.id = h.message_id where m.reference_id = ?", ancient);
        assertThat(ancientHistory).as("message, rcs and sms statuses").isEqualTo(3);
        long outcomesBefore = count("select coalesce(sum(messages), 0) from outcome_rollup");
        long deliveryTimesBefore = count("select coalesce(sum(messages), 0) from delivery_time_rollup");

        RetentionPolicy policy = policy("2016-06-01", "2010-01-01", "2010-01-01");
        RetentionRun run = retention.run(policy, RunTrigger.OPERATOR).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.receiptsDeleted()).as("the 2005 receipt").isEqualTo(1);
        assertThat(run.historyDeleted()).as("the 2005 statuses").isEqualTo(ancientHistory);
        assertThat(run.bodiesDeleted()).as("the 2015 body; the 2005 one went with its receipt").isEqualTo(1);
        assertThat(retention.status().lastRun()).as("recorded for operators").contains(run);

        assertThat(count("select count(*) from callback_receipt where reference_id = ?", ancient)).isZero();
        assertThat(count("select count(*) from status_history h join message m on m.id = h.message_id where m.reference_id = ?", ancient)).isZero();
        assertThat(queries.message(ReferenceId.of(ancient)).orElseThrow().outcome()).as("messages are never deleted")
                .isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);

        ReceiptView oldReceipt = queries.message(ReferenceId.of(old)).orElseThrow().receipts().get(0);
        assertThat(oldReceipt.body()).isEmpty();
        assertThat(oldReceipt.bodyDeletedAt()).contains(run.startedAt());
        assertThat(oldReceipt.verdict()).as("the receipt's metadata stays").isEqualTo(ReceiptVerdict.APPLIED);
        assertThat(count("select body_size from callback_receipt where reference_id = ?", old)).isPositive();
        assertThat(queries.message(ReferenceId.of(old)).orElseThrow().history()).hasSize(3);

        ReceiptView recentReceipt = queries.message(ReferenceId.of(recent)).orElseThrow().receipts().get(0);
        assertThat(recentReceipt.body()).contains(recent);
        assertThat(recentReceipt.bodyDeletedAt()).isEmpty();

        Instant now = Instant.now();
        List<ApplyResult> resent = ledger.apply(List.of(smsDelivered(ancient, ancientAt, now), smsDelivered(old, oldAt, now)));

        assertThat(resent).extracting(ApplyResult::verdict).as("without its history a re-send is news again; with it, a duplicate")
                .containsExactly(ReceiptVerdict.APPLIED, ReceiptVerdict.DUPLICATE);
        assertThat(resent).extracting(ApplyResult::outcome).containsOnly(Outcome.DELIVERED_SMS_FALLBACK);
        MessageView ancientAgain = queries.message(ReferenceId.of(ancient)).orElseThrow();
        assertThat(ancientAgain.deliveredAt()).as("the channel rows were never deleted")
                .contains(Instant.parse("2005-03-01T12:10:07.500Z"));
        assertThat(ancientAgain.history()).hasSize(3);
        assertThat(count("select coalesce(sum(messages), 0) from outcome_rollup")).as("no message counted twice").isEqualTo(outcomesBefore);
        assertThat(count("select coalesce(sum(messages), 0) from delivery_time_rollup")).isEqualTo(deliveryTimesBefore);
    }

    @Test
    void whileAnotherNodeHoldsTheJobNothingIsDeleted() throws Exception {
        String ref = newReference();
        ledger.apply(List.of(smsDelivered(ref, Instant.parse("1990-05-01T08:00:00Z"), Instant.parse("1990-05-01T08:00:00Z"))));
        RetentionPolicy policy = policy("1995-01-01", "1995-01-01", "1995-01-01");
        JobLease otherNode = jobs.acquire(RetentionJob.JOB, "node-b", Duration.ofMinutes(5), Optional.empty()).orElseThrow();
        try {
            assertThat(retention.run(policy, RunTrigger.OPERATOR)).as("node-b is running it").isEmpty();
            assertThat(count("select count(*) from callback_receipt where reference_id = ? and body is not null", ref)).isEqualTo(1);
        } finally {
            jobs.release(otherNode);
        }

        RetentionRun run = retention.run(policy, RunTrigger.OPERATOR).orElseThrow();

        assertThat(run.receiptsDeleted()).isEqualTo(1);
        assertThat(count("select count(*) from callback_receipt where reference_id = ?", ref)).isZero();
    }

    @Test
    void ofNodesAskingForAJobAtOnceExactlyOneGetsIt() throws Exception {
        String job = "it-race-" + newReference().substring(0, 8);
        int nodes = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<JobLease>>> asks = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String node = "node-" + i;
            asks.add(executor.submit(() -> {
                start.await();
                return jobs.acquire(job, node, Duration.ofMinutes(5), Optional.empty());
            }));
        }
        start.countDown();
        List<JobLease> granted = new ArrayList<>();
        for (Future<Optional<JobLease>> ask : asks) {
            ask.get().ifPresent(granted::add);
        }

        assertThat(granted).hasSize(1);
        JobLease winner = granted.get(0);
        assertThat(jobs.acquire(job, "late-node", Duration.ofMinutes(5), Optional.empty())).as("still held").isEmpty();
        assertThat(jobs.renew(winner, Duration.ofMinutes(5))).isTrue();
        jobs.release(winner);
        assertThat(jobs.renew(winner, Duration.ofMinutes(5))).as("a released lease is no longer its holder's").isFalse();
        assertThat(jobs.acquire(job, "late-node", Duration.ofMinutes(5), Optional.of(Duration.ofHours(1))))
                .as("free, but a scheduled run is not due an hour after the last start").isEmpty();
        assertThat(jobs.acquire(job, "late-node", Duration.ofMinutes(5), Optional.empty())).as("an operator's run is").isPresent();
    }

    @Test
    void twoRunsStartedTogetherNeverBothDelete() throws Exception {
        List<IncomingReport> reports = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant at = Instant.parse("1980-01-01T00:00:00Z").plus(Duration.ofMinutes(i));
            reports.add(smsDelivered(newReference(), at, at));
        }
        ledger.apply(reports);
        // Small batches: a run takes many transactions, so the two runs overlap if the lease lets them.
        RetentionPolicy policy = new RetentionPolicy(daysSince("1985-01-01"), daysSince("1985-01-01"), 0, 2,
                Duration.ofHours(1), Duration.ofMinutes(5));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Optional<RetentionRun>> run = () -> {
            start.await();
            return retention.run(policy, RunTrigger.OPERATOR);
        };
        Future<Optional<RetentionRun>> first = executor.submit(run);
        Future<Optional<RetentionRun>> second = executor.submit(run);
        start.countDown();
        List<RetentionRun> runs = new ArrayList<>();
        first.get().ifPresent(runs::add);
        second.get().ifPresent(runs::add);

        assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.COMPLETED));
        assertThat(runs.stream().filter(r -> r.receiptsDeleted() > 0)).as("one run deleted, the other was refused or found nothing")
                .hasSize(1);
        assertThat(runs.stream().mapToLong(RetentionRun::receiptsDeleted).sum()).isEqualTo(30);
        assertThat(count("select count(*) from callback_receipt where received_at < ?", Instant.parse("1985-01-01T00:00:00Z")
                .atOffset(ZoneOffset.UTC))).isZero();
        // Their history goes too, so the other tests' cutoffs find nothing of this one.
        retention.run(policy("1985-01-01", "1985-01-01", "1985-01-01"), RunTrigger.OPERATOR).orElseThrow();
    }

    /** A policy deleting what was received before the given dates (ISO, UTC midnight). */
    private static RetentionPolicy policy(String bodiesBefore, String receiptsBefore, String historyBefore) {
        return new RetentionPolicy(daysSince(bodiesBefore), daysSince(receiptsBefore), daysSince(historyBefore), 1000,
                Duration.ofHours(1), Duration.ofMinutes(5));
    }

    private static int daysSince(String date) {
        return (int) Duration.between(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.now()).toDays();
    }

    private static String newReference() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * RCS timed out, SMS delivered 7.5 s later, as Telesign reports it half a second after {@code sentAround};
     * a re-send is the same body received later.
     */
    private static IncomingReport smsDelivered(String ref, Instant sentAround, Instant receivedAt) throws Exception {
        String delivered = TELESIGN_TIME.format(sentAround.minusMillis(500));
        String fallback = TELESIGN_TIME.format(sentAround.minusMillis(8000));
        byte[] body = """
                {"reference_id": "%s", "status": {"code": 3000, "last_channel": "sms", "updated_on": "%s"},
                 "channel_status": [{"rcs": {"code": 3056, "updated_on": "%s"}},
                                    {"sms": {"code": 3000, "updated_on": "%s"}}]}""".formatted(ref, delivered, fallback, delivered)
                .getBytes(StandardCharsets.UTF_8);
        var parsed = DeliveryReportParser.parse(body);
        return new IncomingReport(parsed.report(), body, "application/json", receivedAt, parsed.warnings(), ReportSource.CALLBACK);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
