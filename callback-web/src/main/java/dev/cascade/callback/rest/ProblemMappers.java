package dev.cascade.callback.rest;

import dev.cascade.callback.application.CallbackRejectedException;
import dev.cascade.callback.application.LedgerUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** Every error of the callback API as problem+json: what Telesign or an operator reads in a log. */
public final class ProblemMappers {

    /** Seconds Telesign should wait before re-sending a callback we could not store. */
    static final int RETRY_AFTER_SECONDS = 10;

    private ProblemMappers() {
    }

    @Provider
    public static class Rejected implements ExceptionMapper<CallbackRejectedException> {
        @Override
        public Response toResponse(CallbackRejectedException e) {
            Response.ResponseBuilder response = Problem.response(e.status(), e.type(), e.title(), e.getMessage(), e.field());
            if (e.status() == 401) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "TSA realm=\"telesign-callbacks\"");
            }
            return response.build();
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<LedgerUnavailableException> {
        private static final System.Logger LOG = System.getLogger(Unavailable.class.getName());

        @Override
        public Response toResponse(LedgerUnavailableException e) {
            LOG.log(Level.WARNING, "callback not stored, answered 503: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return Problem.response(503, "ledger-unavailable", "Callback not stored, send it again later",
                            e.getMessage(), null)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
    }

    /** 404 for unknown paths, 405 for GET on the callback URL... with the same body shape. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.ResponseBuilder response = Problem.response(status, "http-" + status,
                    Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                            : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), null);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
    }

    /** A bug: logged with its stack trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final System.Logger LOG = System.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.ERROR, "unexpected failure handling a callback", e);
            return Problem.response(500, "internal-error", "Internal error",
                    "the callback was not stored; it is safe to send it again", null).build();
        }
    }
}
