package dev.cascade.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.simulator.validation.RejectedRequest;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.ReferenceId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Telesign's answers, body for body as its API description writes them: {@code status.code} and
 * {@code status.description} always, {@code reference_id} where Telesign issues one (acceptances and
 * 400s), {@code external_id} (the request's, or null) where its schema requires it. Written with
 * Jackson directly, so the bytes do not depend on which JSON provider JAX-RS picks.
 */
public final class Answers {

    /** Not Telesign's: a hint for whoever reads the simulator's answers, which rule a request broke. */
    public static final String DETAIL_HEADER = "X-Simulator-Detail";

    private Answers() {
    }

    /** 200: {@code {"reference_id": ..., "status": {3001, "Message in progress"}, "external_id": ...}}. */
    public static TelesignAnswer accepted(ReferenceId referenceId, Optional<String> externalId) {
        ObjectNode body = TelesignJson.object();
        body.put("reference_id", referenceId.value());
        status(body, 3001, "Message in progress");
        body.put("external_id", externalId.orElse(null));
        return answer(200, body, Map.of());
    }

    /** 400 or 413 for a broken rule; a 400 carries a (never usable) reference id, as Telesign's do. */
    public static TelesignAnswer rejected(RejectedRequest rejected, Optional<String> externalId, ReferenceId referenceId) {
        ObjectNode body = TelesignJson.object();
        boolean tooLarge = rejected.error().httpStatus() == 413;
        if (!tooLarge) {
            body.put("reference_id", referenceId.value());
        }
        status(body, rejected.error().code(), rejected.description());
        if (!tooLarge) {
            body.put("external_id", externalId.orElse(null));
        }
        return answer(rejected.error().httpStatus(), body, Map.of(DETAIL_HEADER, headerSafe(rejected.detail())));
    }

    /** 401, code 3400, the same for every reason. */
    public static TelesignAnswer notAuthorized(Optional<String> externalId) {
        ObjectNode body = TelesignJson.object();
        status(body, 3400, "Not authorized");
        body.put("external_id", externalId.orElse(null));
        return answer(401, body, Map.of());
    }

    /** 429, code 3204, with {@code Retry-After} in whole seconds (at least 1). */
    public static TelesignAnswer rateLimited(Duration retryAfter, Optional<String> externalId) {
        ObjectNode body = TelesignJson.object();
        status(body, 3204, "Rate limit exceeded");
        body.put("external_id", externalId.orElse(null));
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return answer(429, body, Map.of("Retry-After", Long.toString(seconds)));
    }

    /** 503, code 3500, with {@code Retry-After} in whole seconds. */
    public static TelesignAnswer unavailable(Duration retryAfter) {
        ObjectNode body = TelesignJson.object();
        status(body, 3500, "Service unavailable");
        return answer(503, body, Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }

    /** 200 for a status lookup: the same document as a callback. */
    public static TelesignAnswer report(DeliveryReport report) {
        return new TelesignAnswer(200, DeliveryReportWriter.write(report), Map.of());
    }

    /** 400, code 3311, for a reference id that cannot be one. */
    public static TelesignAnswer invalidReferenceId() {
        return plain(400, 3311, "Invalid value for parameter reference_id");
    }

    /** 404 for an unknown or expired reference id, with the code Telesign's description gives. */
    public static TelesignAnswer referenceIdExpired() {
        return plain(404, -10004, "ReferenceID expired.");
    }

    /** {@code {"status": {...}}} and nothing else. */
    public static TelesignAnswer plain(int httpStatus, int code, String description) {
        ObjectNode body = TelesignJson.object();
        status(body, code, description);
        return answer(httpStatus, body, Map.of());
    }

    private static void status(ObjectNode body, int code, String description) {
        ObjectNode status = body.putObject("status");
        status.put("code", code);
        status.put("description", description);
    }

    private static TelesignAnswer answer(int httpStatus, ObjectNode body, Map<String, String> headers) {
        return new TelesignAnswer(httpStatus, TelesignJson.bytes(body), headers);
    }

    private static String headerSafe(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 300 ? printable.substring(0, 300) + "..." : printable;
    }
}
