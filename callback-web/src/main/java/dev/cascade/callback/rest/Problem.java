package dev.cascade.callback.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.json.TelesignJson;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details: {@code application/problem+json} with {@code type}, {@code title},
 * {@code status}, {@code detail}, and {@code field} (the JSON path at fault) where there is one.
 * Written with Jackson directly, so the body does not depend on which JSON provider JAX-RS picks.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://cascade.dev/problems/";

    private Problem() {
    }

    public static Response.ResponseBuilder response(int status, String type, String title, String detail, String field) {
        ObjectNode problem = TelesignJson.object();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (field != null) {
            problem.put("field", field);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(TelesignJson.bytes(problem));
    }
}
