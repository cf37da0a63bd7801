package dev.cascade.telesign.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.json.TelesignJson;

/**
 * Writes a delivery report exactly as Telesign sends it: {@code status} with {@code last_channel},
 * and {@code channel_status} as a list of one-key objects. The simulator's callbacks and the CLI's
 * output use it, so what Cascade writes is what Cascade reads.
 */
public final class DeliveryReportWriter {

    private DeliveryReportWriter() {
    }

    public static byte[] write(DeliveryReport report) {
        return TelesignJson.bytes(toJson(report));
    }

    public static ObjectNode toJson(DeliveryReport report) {
        ObjectNode root = TelesignJson.object();
        root.put("reference_id", report.referenceId().value());
        root.put("external_id", report.externalId().orElse(null));
        report.status().ifPresent(status -> {
            ObjectNode node = root.putObject("status");
            node.put("code", status.code().value());
            node.put("description", status.description());
            status.lastChannel().ifPresent(channel -> node.put("last_channel", channel.name()));
            status.updatedOn().ifPresent(time -> node.put("updated_on", time.raw()));
        });
        ArrayNode channels = root.putArray("channel_status");
        for (ChannelStatus status : report.channels()) {
            ObjectNode node = channels.addObject().putObject(status.channel().name());
            node.put("code", status.code().value());
            node.put("description", status.description());
            status.referenceId().ifPresent(id -> node.put("reference_id", id.value()));
            status.updatedOn().ifPresent(time -> node.put("updated_on", time.raw()));
        }
        return root;
    }
}
