package dev.cascade.it.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.MessageView;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.ReceiptVerdict;
import dev.cascade.ledger.application.RejectedCallback;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.domain.Outcome;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.ReferenceId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger's service seam, inside WildFly on the real database: recording Cascade's own sends and
 * joining them with their callbacks in either order, batches, rejected receipts, the read side.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    private static final Instant SENT = Instant.parse("2026-11-25T12:00:00Z");

    @Inject
    DeliveryLedger ledger;

    @Inject
    LedgerQueries queries;

    /** The ledger as the EAR ships it (its lib/ jars), plus this test. */
    @Deployment
    static WebArchive deployment() {
        return CascadeDeployment.ledgerLibrariesIn("ledger-it.war")
                .addClasses(LedgerIT.class, LedgerSchemaStartup.class);
    }

    private static String newReference() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static IncomingReport report(String json, Instant receivedAt) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        var parsed = DeliveryReportParser.parse(body);
        return new IncomingReport(parsed.report(), body, "application/json", receivedAt, parsed.warnings(), ReportSource.CALLBACK);
    }

    private static IncomingReport rcsFailed(String ref) throws Exception {
        return report("""
                {"reference_id": "%s", "status": {"code": 3001, "last_channel": "sms", "updated_on": "2026-11-25 12:10:00.000"},
                 "channel_status": [{"rcs": {"code": 3056, "updated_on": "2026-11-25 12:10:00.000"}},
                                    {"sms": {"code": 3001, "updated_on": "2026-11-25 12:10:00.000"}}]}""".formatted(ref),
                SENT.plusSeconds(601));
    }

    private static IncomingReport smsDelivered(String ref) throws Exception {
        return report("""
                {"reference_id": "%s", "status": {"code": 3000, "last_channel": "sms", "updated_on": "2026-11-25 12:10:07.500"},
                 "channel_status": [{"rcs": {"code": 3056, "updated_on": "2026-11-25 12:10:00.000"}},
                                    {"sms": {"code": 3000, "updated_on": "2026-11-25 12:10:07.500"}}]}""".formatted(ref),
                SENT.plusSeconds(608));
    }

    private static SendRecord send(String ref) {
        return new SendRecord(ReferenceId.of(ref), Origin.CASCADE, "15558675309", "MKT", Optional.of("order-" + ref.substring(0, 6)),
                List.of(Channel.RCS, Channel.SMS), OptionalInt.of(600), SENT, Optional.empty());
    }

    @Test
    void callbacksJoinTheSendCascadeRecorded() throws Exception {
        String ref = newReference();
        ledger.recordSend(send(ref));

        ledger.apply(List.of(rcsFailed(ref)));
        assertThat(queries.message(ReferenceId.of(ref)).orElseThrow().outcome())
                .as("RCS failed, SMS requested next: still pending").isEqualTo(Outcome.PENDING);
        ledger.apply(List.of(smsDelivered(ref)));

        MessageView message = queries.message(ReferenceId.of(ref)).orElseThrow();
        assertThat(message.origin()).isEqualTo(Origin.CASCADE);
        assertThat(message.outcome()).isEqualTo(Outcome.DELIVERED_SMS_FALLBACK);
        assertThat(message.phoneNumber()).contains("15558675309");
        assertThat(message.callingCode()).contains("1");
        assertThat(message.requestedChannels()).containsExactly("rcs", "sms");
        assertThat(message.fallbackTimeSeconds()).contains(600);
        assertThat(message.sentAt()).isEqualTo(SENT);
        assertThat(message.deliveredAt()).contains(Instant.parse("2026-11-25T12:10:07.500Z"));
        assertThat(message.channels()).extracting(MessageView.ChannelView::channel).containsExactly("rcs", "sms");
        assertThat(message.receipts()).hasSize(2);
    }

    @Test
    void aSendRecordedAfterItsCallbacksCompletesTheRow() throws Exception {
        String ref = newReference();
        IncomingReport onlyRcs = report("""
                {"reference_id": "%s", "status": {"code": 3056, "last_channel": "rcs", "updated_on": "2026-11-25 12:10:00.000"},
                 "channel_status": [{"rcs": {"code": 3056, "updated_on": "2026-11-25 12:10:00.000"}}]}""".formatted(ref),
                SENT.plusSeconds(601));
        ledger.apply(List.of(onlyRcs));
        MessageView before = queries.message(ReferenceId.of(ref)).orElseThrow();
        assertThat(before.origin()).isEqualTo(Origin.CALLBACK);
        assertThat(before.sentAt()).as("a callback-only message dates from its first status").isEqualTo(Instant.parse("2026-11-25T12:10:00Z"));

        ledger.recordSend(new SendRecord(ReferenceId.of(ref), Origin.TEST, "447700900123", "ARN", Optional.empty(),
                List.of(Channel.RCS), OptionalInt.of(600), SENT, Optional.of("admin")));

        MessageView after = queries.message(ReferenceId.of(ref)).orElseThrow();
        assertThat(after.origin()).isEqualTo(Origin.TEST);
        assertThat(after.sentBy()).contains("admin");
        assertThat(after.sentAt()).isEqualTo(SENT);
        assertThat(after.callingCode()).contains("44");
        assertThat(after.outcome()).as("only RCS was requested, and it failed").isEqualTo(Outcome.FAILED);
    }

    @Test
    void aBatchReportsEachItemInOrderAndSpotsDuplicatesWithinIt() throws Exception {
        String first = newReference();
        String second = newReference();

        List<ApplyResult> results = ledger.apply(List.of(smsDelivered(first), rcsFailed(second), smsDelivered(first)));

        assertThat(results).extracting(ApplyResult::verdict)
                .containsExactly(ReceiptVerdict.APPLIED, ReceiptVerdict.APPLIED, ReceiptVerdict.DUPLICATE);
        assertThat(results).extracting(ApplyResult::outcome)
                .containsExactly(Outcome.DELIVERED_SMS_FALLBACK, Outcome.PENDING, Outcome.DELIVERED_SMS_FALLBACK);
        assertThat(results).extracting(ApplyResult::receiptId).doesNotHaveDuplicates();
    }

    @Test
    void aRejectedCallbackKeepsAShortenedBodyAndTouchesNoMessage() {
        String ref = newReference();
        byte[] body = ("{\"reference_id\": \"" + ref + "\", \"junk\": \"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        long receipt = ledger.recordRejected(new RejectedCallback(body, "application/json", SENT, "401 signature-invalid", Optional.of(ref)));

        assertThat(receipt).isPositive();
        assertThat(queries.message(ReferenceId.of(ref))).isEmpty();
    }
}
