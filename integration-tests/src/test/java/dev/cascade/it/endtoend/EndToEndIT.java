package dev.cascade.it.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cascade.it.support.DemoDeployment;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop in the deployed demo EAR, with nothing faked: the real client sends to the
 * simulator, the simulator plays the delivery and posts signed callbacks, the callback endpoint
 * verifies and stores them, the ledger decides. Simulated time runs 300x faster (arquillian.xml), so
 * a 600 s fallback takes 2 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndToEndIT {

    @Deployment(testable = false)
    static EnterpriseArchive demo() {
        return DemoDeployment.ear();
    }

    private static TelesignClient client(AuthScheme scheme) {
        return TelesignClient.builder(ItConfig.account())
                .baseUrl(ItConfig.baseUrl().resolve("/telesign-simulator").toString())
                .authScheme(scheme)
                .build();
    }

    private static OmniMessageRequest message(String phone, String externalId) {
        return OmniMessageRequest.builder()
                .phoneNumber(phone)
                .messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction("Your order has shipped. Track it here:", "https://shop.example.com/o/" + externalId,
                        "Track order", "track"), 600)
                .smsFallback("Your order has shipped: https://shop.example.com/o/" + externalId)
                .externalId(externalId)
                .build();
    }

    private static Map<String, Object> awaitFinal(SendResult sent) {
        String ref = sent.referenceId().value();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !LedgerTables.message(ref).isEmpty() && !"PENDING".equals(LedgerTables.message(ref).get("outcome")));
        return LedgerTables.message(ref);
    }

    @Test
    void anIphoneGetsTheSmsAfterTheFallbackTime() throws Exception {
        SendResult sent = client(AuthScheme.TSA).send(message("15558675360", "e2e-ios"));

        Map<String, Object> message = awaitFinal(sent);

        assertThat(message).containsEntry("outcome", "DELIVERED_SMS_FALLBACK").containsEntry("external_id", "e2e-ios");
        List<Map<String, Object>> channels = LedgerTables.channels(sent.referenceId().value());
        assertThat(channels).extracting(c -> c.get("channel") + ":" + c.get("code")).containsExactly("rcs:3056", "sms:3000");
        assertThat(LedgerTables.receipts(sent.referenceId().value())).extracting(r -> r.get("verdict")).doesNotContain("REJECTED");
    }

    @Test
    void anAndroidPhoneGetsTheRcsMessage() throws Exception {
        SendResult sent = client(AuthScheme.BASIC).send(message("447700900110", "e2e-android"));

        Map<String, Object> message = awaitFinal(sent);

        assertThat(message.get("outcome")).isEqualTo("DELIVERED_RCS");
        assertThat(LedgerTables.channels(sent.referenceId().value())).extracting(c -> c.get("channel")).containsExactly("rcs");
    }

    @Test
    void anUnreachablePhoneFailsOnBothChannels() throws Exception {
        SendResult sent = client(AuthScheme.TSA).send(message("4915112345697", "e2e-unreachable"));

        Map<String, Object> message = awaitFinal(sent);

        assertThat(message.get("outcome")).isEqualTo("FAILED");
    }
}
