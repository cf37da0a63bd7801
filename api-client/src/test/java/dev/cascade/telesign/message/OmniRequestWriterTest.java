package dev.cascade.telesign.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.telesign.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OmniRequestWriterTest {

    @Test
    void guideRequestIsWrittenFieldForFieldAsTelesignsGuide() {
        JsonNode written = Fixtures.json(OmniRequestWriter.write(Fixtures.guideRequest(), WireFormat.GUIDE));

        assertThat(written).isEqualTo(Fixtures.json("guide-request.json"));
    }

    @Test
    void channelsKeepTheirOrderAndOnlyRcsHasAFallbackTime() {
        JsonNode channels = Fixtures.json(OmniRequestWriter.write(Fixtures.guideRequest(), WireFormat.GUIDE)).get("channels");

        assertThat(channels.get(0).get("channel").asText()).isEqualTo("rcs");
        assertThat(channels.get(0).get("fallback_time").asInt()).isEqualTo(600);
        assertThat(channels.get(1).get("channel").asText()).isEqualTo("sms");
        assertThat(channels.get(1).has("fallback_time")).isFalse();
    }

    @Test
    void linkIdCanBeSentAsUrlPayload() {
        WireFormat payload = new WireFormat(LinkIdField.URL_PAYLOAD, RecipientField.TOP_LEVEL);

        JsonNode parameters = Fixtures.json(OmniRequestWriter.write(Fixtures.guideRequest(), payload))
                .at("/message/rcs/parameters");

        assertThat(parameters.get("url_payload").asText()).isEqualTo("urlid1");
        assertThat(parameters.has("url_id")).isFalse();
    }

    @Test
    void recipientCanBeNestedAsTheApiSchemaPrefers() {
        WireFormat nested = new WireFormat(LinkIdField.URL_ID, RecipientField.RECIPIENT);

        JsonNode json = Fixtures.json(OmniRequestWriter.write(Fixtures.guideRequest(), nested));

        assertThat(json.at("/recipient/phone_number").asText()).isEqualTo("15558675309");
        assertThat(json.has("phone_number")).isFalse();
    }

    @Test
    void optionalFieldsAppearOnlyWhenSet() {
        OmniMessageRequest withAll = Fixtures.guideRequest().toBuilder()
                .externalId("order-42").callbackUrl("https://cascade.example.com/callbacks/telesign").senderId("ACME")
                .build();

        JsonNode bare = Fixtures.json(OmniRequestWriter.write(Fixtures.guideRequest(), WireFormat.GUIDE));
        JsonNode full = Fixtures.json(OmniRequestWriter.write(withAll, WireFormat.GUIDE));

        assertThat(bare.has("external_id")).isFalse();
        assertThat(bare.has("callback_url")).isFalse();
        assertThat(bare.has("sender_id")).isFalse();
        assertThat(full.get("external_id").asText()).isEqualTo("order-42");
        assertThat(full.get("callback_url").asText()).isEqualTo("https://cascade.example.com/callbacks/telesign");
        assertThat(full.get("sender_id").asText()).isEqualTo("ACME");
    }

    @Test
    void anyTemplateOnAnyChannelIsSentAsGiven() {
        OmniMessageRequest whatsapp = OmniMessageRequest.builder()
                .phoneNumber("447700900123").messageType(MessageType.ARN)
                .channel(ChannelAttempt.withFallback(Channel.WHATSAPP, 120),
                        new TemplateContent("media", Map.of("media_url", "https://example.com/a.png")))
                .channel(ChannelAttempt.of(Channel.VIBER),
                        new TemplateContent("buttons", Map.of("choices", List.of("yes", "no"), "ttl", 60)))
                .build();

        JsonNode json = Fixtures.json(OmniRequestWriter.write(whatsapp, WireFormat.GUIDE));

        assertThat(json.at("/message/whatsapp/template").asText()).isEqualTo("media");
        assertThat(json.at("/message/whatsapp/parameters/media_url").asText()).isEqualTo("https://example.com/a.png");
        assertThat(json.at("/message/viber/parameters/choices/1").asText()).isEqualTo("no");
        assertThat(json.at("/message/viber/parameters/ttl").asInt()).isEqualTo(60);
        assertThat(json.at("/channels/0/fallback_time").asInt()).isEqualTo(120);
    }

    @Test
    void toStringMasksThePhoneNumber() {
        assertThat(Fixtures.guideRequest().toString()).contains("…5309").doesNotContain("15558675309");
    }
}
