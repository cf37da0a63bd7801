package dev.cascade.callback.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.callback.application.CallbackIngestion;
import dev.cascade.callback.application.CallbackRejectedException;
import dev.cascade.callback.application.CallbackSettings;
import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.telesign.json.TelesignJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code POST /callbacks/telesign}: the URL to register with Telesign's Transaction Callback Service.
 * Reads the raw body (the signature covers its exact bytes), delegates, and answers 200 once stored.
 */
@Path("/telesign")
@ApplicationScoped
public class TelesignCallbackResource {

    @Inject
    CallbackIngestion ingestion;

    @Inject
    CallbackSettings settings;

    @POST
    public Response receive(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                            @HeaderParam("Authorization") String authorization,
                            @HeaderParam("X-TS-Authorization") String xTsAuthorization,
                            InputStream body) throws IOException {
        if (!isJson(contentType)) {
            throw ingestion.rejectUnread(new byte[0], contentType, new CallbackRejectedException(415, "unsupported-media-type",
                    "Callback must be JSON", "Content-Type must be application/json, was " + contentType, null));
        }
        byte[] raw = read(body, contentType, contentLength);
        ApplyResult result = ingestion.receive(raw, contentType, authorization, xTsAuthorization);
        ObjectNode answer = TelesignJson.object();
        answer.put("receipt_id", result.receiptId());
        answer.put("verdict", result.verdict().name());
        return Response.ok(TelesignJson.bytes(answer), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** JSON in any of its spellings; a missing Content-Type is given the benefit of the doubt. */
    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json") || type.endsWith("+json");
    }

    private byte[] read(InputStream body, String contentType, Long contentLength) throws IOException {
        int limit = settings.maxBodyBytes();
        if (contentLength != null && contentLength > limit) {
            throw tooLarge(new byte[0], contentType, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength == null ? 1024 : contentLength.intValue());
        byte[] buffer = new byte[8192];
        for (int n; (n = body.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                throw tooLarge(Arrays.copyOf(out.toByteArray(), limit), contentType, limit);
            }
        }
        return out.toByteArray();
    }

    private CallbackRejectedException tooLarge(byte[] prefix, String contentType, int limit) {
        return ingestion.rejectUnread(prefix, contentType, new CallbackRejectedException(413, "payload-too-large",
                "Callback body too large", "the limit is " + limit + " bytes (cascade.callbacks.max-body-bytes)", null));
    }
}
