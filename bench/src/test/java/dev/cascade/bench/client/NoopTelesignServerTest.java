package dev.cascade.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoopTelesignServerTest {

    private NoopTelesignServer server;

    @BeforeEach
    void start() {
        server = NoopTelesignServer.start(2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersTheRealClientAsTelesignAcceptsAMessageWithBothAuthSchemes() throws Exception {
        for (AuthScheme scheme : AuthScheme.values()) {
            TelesignClient client = TelesignClient.builder(GuideMessage.ACCOUNT).baseUrl(server.baseUrl()).authScheme(scheme).build();

            SendResult first = client.send(GuideMessage.forOrder(1));
            SendResult second = client.send(GuideMessage.forOrder(2));

            assertThat(first.referenceId().isTelesignShaped()).isTrue();
            assertThat(first.status().value()).isEqualTo(3001);
            assertThat(second.referenceId()).isNotEqualTo(first.referenceId());
        }
        assertThat(server.accepted()).isEqualTo(2L * AuthScheme.values().length);
        assertThat(server.refused()).isZero();
    }

    @Test
    void refusesAndCountsWhatIsNotAnAuthenticatedJsonPost() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(server.baseUrl() + "/v1/omnichannel");

        int unauthenticated = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int get = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int empty = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("Authorization", "Basic eDp5")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(unauthenticated).isEqualTo(401);
        assertThat(get).isEqualTo(404);
        assertThat(empty).isEqualTo(400);
        assertThat(server.refused()).isEqualTo(3);
        assertThat(server.accepted()).isZero();
        server.resetCounts();
        assertThat(server.refused()).isZero();
    }

    @Test
    void needsAtLeastOneIoThread() {
        assertThatThrownBy(() -> NoopTelesignServer.start(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ioThreads");
    }

    @Test
    void theGuideMessageIsValidForTheRealClient() {
        TelesignClient client = TelesignClient.builder(GuideMessage.ACCOUNT).build();

        assertThat(client.validate(GuideMessage.forOrder(42))).isEmpty();
        assertThat(new String(client.body(GuideMessage.forOrder(42)), StandardCharsets.UTF_8))
                .contains("\"url_action\"").contains("\"fallback_time\":600").contains("\"external_id\":\"order-42\"");
    }
}
