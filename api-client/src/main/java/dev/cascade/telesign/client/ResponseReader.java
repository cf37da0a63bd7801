package dev.cascade.telesign.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.telesign.client.TelesignApiException.ErrorResponse;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns Telesign's HTTP answers into results or typed exceptions. Lenient: an error body may be the
 * documented {@code status} object, an {@code errors[]} list (other Telesign endpoints), HTML from a
 * proxy, or nothing.
 */
final class ResponseReader {

    private static final int MAX_QUOTED_BODY = 200;

    private ResponseReader() {
    }

    static SendResult sendResult(HttpResponse<byte[]> response) throws UnexpectedResponseException {
        Optional<JsonNode> json = json(response.body());
        Optional<ReferenceId> referenceId = json.flatMap(ResponseReader::referenceId);
        if (referenceId.isEmpty()) {
            throw unexpected(response, "a success without a reference_id; the message may have been accepted");
        }
        JsonNode status = json.get().path("status");
        if (!status.path("code").canConvertToInt()) {
            throw unexpected(response, "a success without a status code; the message may have been accepted");
        }
        JsonNode external = json.get().path("external_id");
        Optional<String> externalId = external.isTextual() && !external.textValue().equalsIgnoreCase("null")
                ? Optional.of(external.textValue()) : Optional.empty();
        return new SendResult(referenceId.get(), StatusCode.of(status.path("code").asInt()),
                status.path("description").asText(""), externalId);
    }

    static TelesignApiException error(HttpResponse<byte[]> response, Supplier<Instant> now) {
        ErrorResponse error = errorResponse(response);
        Optional<Duration> retryAfter = retryAfter(response, now);
        return switch (response.statusCode()) {
            case 400, 405, 409, 415, 422 -> new InvalidRequestException(error);
            case 401, 403 -> new AuthenticationException(error);
            case 404 -> new NotFoundException(error);
            case 413 -> new PayloadTooLargeException(error);
            case 429 -> new RateLimitException(error, retryAfter);
            case 503 -> new ServiceUnavailableException(error, retryAfter);
            default -> response.statusCode() >= 500
                    ? new ServerErrorException(error)
                    : response.statusCode() >= 400 ? new InvalidRequestException(error) : new UnexpectedResponseException(error);
        };
    }

    static UnexpectedResponseException unexpected(HttpResponse<byte[]> response, String what) {
        return new UnexpectedResponseException(new ErrorResponse(response.statusCode(), Optional.empty(),
                "unreadable answer (" + what + ")" + quote(response.body()), Optional.empty()));
    }

    private static ErrorResponse errorResponse(HttpResponse<byte[]> response) {
        Optional<JsonNode> json = json(response.body());
        if (json.isEmpty()) {
            return new ErrorResponse(response.statusCode(), Optional.empty(), quote(response.body()).trim(),
                    Optional.empty());
        }
        JsonNode status = json.get().path("status");
        JsonNode firstError = json.get().path("errors").path(0);
        JsonNode source = status.has("code") ? status : firstError;
        Optional<StatusCode> code = source.path("code").canConvertToInt()
                ? Optional.of(StatusCode.of(source.path("code").asInt())) : Optional.empty();
        String description = source.path("description").asText("");
        if (description.isEmpty()) {
            description = code.flatMap(StatusCode::meaning).orElse("");
        }
        return new ErrorResponse(response.statusCode(), code, description, referenceId(json.get()));
    }

    private static Optional<JsonNode> json(byte[] body) {
        try {
            JsonNode node = TelesignJson.read(body);
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ReferenceId> referenceId(JsonNode json) {
        JsonNode node = json.path("reference_id");
        if (!node.isTextual() || node.textValue().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReferenceId.of(node.textValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code Retry-After} is either seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response, Supplier<Instant> now) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::trim);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now.get(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String quote(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return ": " + (text.length() > MAX_QUOTED_BODY ? text.substring(0, MAX_QUOTED_BODY) + "…" : text);
    }
}
