package dev.cascade.dashboard.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.dashboard.web.Formats;
import dev.cascade.dashboard.web.NotFoundException;
import dev.cascade.dashboard.web.Role;
import dev.cascade.ledger.application.LedgerQueries;
import dev.cascade.ledger.application.MessageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET /dashboard/api/messages/{referenceId}}: a message as JSON — outcome and why, every
 * channel's status, the status history. Phone numbers are masked unless the caller is an admin;
 * raw callback bodies are not part of it.
 */
@Path("/messages")
@RequestScoped
public class MessageResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LedgerQueries queries;

    @Context
    SecurityContext security;

    @GET
    @Path("/{referenceId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    public Response message(@PathParam("referenceId") String referenceId) {
        MessageView m;
        try {
            m = MessageDetailPage.find(queries, referenceId);
        } catch (NotFoundException e) {
            ObjectNode problem = JSON.createObjectNode().put("title", "No such message").put("status", 404)
                    .put("detail", e.getMessage());
            return Response.status(404).type("application/problem+json").entity(problem.toString()).build();
        }
        boolean admin = security.isUserInRole(Role.ADMIN.roleName());
        ObjectNode root = JSON.createObjectNode();
        root.put("reference_id", m.referenceId());
        root.put("external_id", m.externalId().orElse(null));
        root.put("phone_number", m.phoneNumber().map(p -> admin ? p : Formats.mask(p)).orElse(null));
        root.put("message_type", m.messageType().orElse(null));
        root.put("origin", m.origin().name());
        root.put("sent_at", text(Optional.of(m.sentAt())));
        root.put("outcome", m.outcome().name());
        root.put("outcome_label", m.outcome().label());
        root.put("outcome_channel", m.outcomeChannel().orElse(null));
        root.put("outcome_reason", m.outcomeReason());
        root.put("delivered_at", text(m.deliveredAt()));
        root.put("read_at", text(m.readAt()));
        root.putArray("requested_channels").addAll(m.requestedChannels().stream().map(JSON.getNodeFactory()::textNode).toList());
        m.fallbackTimeSeconds().ifPresent(f -> root.put("fallback_time", f));
        ObjectNode status = root.putObject("status");
        m.statusCode().ifPresent(c -> status.put("code", c));
        status.put("description", m.statusDescription().orElse(null));
        status.put("last_channel", m.lastChannel().orElse(null));
        status.put("updated_on", text(m.statusUpdatedOn()));
        ArrayNode channels = root.putArray("channels");
        m.channels().forEach(c -> channels.addObject().put("channel", c.channel()).put("code", c.code())
                .put("description", c.description()).put("reference_id", c.channelReferenceId().orElse(null))
                .put("updated_on", c.updatedOn().toString()).put("time_estimated", c.timeEstimated()));
        ArrayNode history = root.putArray("history");
        m.history().forEach(h -> history.addObject().put("scope", h.scope()).put("code", h.code())
                .put("description", h.description()).put("updated_on", text(h.updatedOn()))
                .put("received_at", h.receivedAt().toString()).put("source", h.source().name()));
        return Response.ok(root.toString(), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    private static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
