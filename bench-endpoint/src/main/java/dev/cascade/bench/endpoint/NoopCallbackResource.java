package dev.cascade.bench.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /bench-noop/callbacks}: the same HTTP and JAX-RS path as {@code POST /callbacks/telesign}
 * — the whole body read, a small JSON answer — with nothing verified or stored. What the ingestion
 * benchmark reaches here is the most this server can answer, whatever the ledger does.
 */
@Path("/callbacks")
@ApplicationScoped
public class NoopCallbackResource {

    private static final byte[] ANSWER = "{\"receipt_id\":0,\"verdict\":\"NOOP\"}".getBytes(StandardCharsets.US_ASCII);

    @POST
    public Response receive(InputStream body) throws IOException {
        return Response.ok(answerAfterReading(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Reads (and drops) the whole body, as the real endpoint must before it can verify a signature. */
    static byte[] answerAfterReading(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        while (body.read(buffer) != -1) {
            // the bytes are not needed: reading them is the cost being measured
        }
        return ANSWER;
    }
}
