package dev.cascade.simulator.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** The errors JAX-RS raises itself (unknown path, wrong method) and bugs, in Telesign's body shape too. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    /** 404 for a path Telesign does not have, 405 for a method it does not take: code 3110 "Invalid request". */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Response.ResponseBuilder answer = Response.fromResponse(
                    OmnichannelResource.http(Answers.plain(original.getStatus(), 3110, "Invalid request")));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }

    /** A bug: logged with its stack trace, answered like Telesign's 500 (code 3500) without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final System.Logger LOG = System.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.ERROR, "the Telesign simulator failed to answer a request", e);
            return OmnichannelResource.http(Answers.plain(500, 3500, "System Unavailable"));
        }
    }
}
