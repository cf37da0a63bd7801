package dev.cascade.telesign.message;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.json.TelesignJson;
import java.util.Map;

/**
 * The JSON body of {@code POST /v1/omnichannel}, field for field as Telesign's guide writes it:
 * {@code channels}, the recipient, {@code message.<channel>.template/parameters}, {@code message_type},
 * then the optional {@code external_id}, {@code callback_url} and {@code sender_id} (omitted when not
 * set: Telesign's schema has no nulls for them).
 */
public final class OmniRequestWriter {

    private OmniRequestWriter() {
    }

    public static byte[] write(OmniMessageRequest request, WireFormat format) {
        return TelesignJson.bytes(toJson(request, format));
    }

    public static ObjectNode toJson(OmniMessageRequest request, WireFormat format) {
        ObjectNode root = TelesignJson.object();
        ArrayNode channels = root.putArray("channels");
        for (ChannelAttempt attempt : request.channels()) {
            ObjectNode node = channels.addObject().put("channel", attempt.channel().name());
            attempt.fallbackTimeSeconds().ifPresent(seconds -> node.put("fallback_time", seconds));
        }
        switch (format.recipientField()) {
            case TOP_LEVEL -> root.put("phone_number", request.phoneNumber());
            case RECIPIENT -> root.putObject("recipient").put("phone_number", request.phoneNumber());
        }
        ObjectNode message = root.putObject("message");
        for (Map.Entry<Channel, ChannelContent> entry : request.message().entrySet()) {
            ObjectNode node = message.putObject(entry.getKey().name());
            node.put("template", entry.getValue().template());
            parameters(entry.getValue(), format, node.putObject("parameters"));
        }
        root.put("message_type", request.messageType() == null ? null : request.messageType().name());
        request.externalId().ifPresent(id -> root.put("external_id", id));
        request.callbackUrl().ifPresent(url -> root.put("callback_url", url));
        request.senderId().ifPresent(id -> root.put("sender_id", id));
        return root;
    }

    private static void parameters(ChannelContent content, WireFormat format, ObjectNode parameters) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (content instanceof RcsUrlAction rcs) {
            parameters.put("text", rcs.text());
            parameters.put("url", rcs.url());
            parameters.put("url_text", rcs.urlText());
            parameters.put(format.linkIdField().jsonName(), rcs.linkId());
        } else if (content instanceof SmsText sms) {
            parameters.put("text", sms.text());
        } else if (content instanceof TemplateContent template) {
            template.parameters().forEach((name, value) -> parameters.set(name, TelesignJson.tree(value)));
        }
    }
}
