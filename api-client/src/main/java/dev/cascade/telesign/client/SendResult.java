package dev.cascade.telesign.client;

import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Telesign accepted the message: its reference id (callbacks and lookups use it) and the first status,
 * normally 3001 "Message in progress".
 */
public record SendResult(ReferenceId referenceId, StatusCode status, String description, Optional<String> externalId) {

    public SendResult {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        Objects.requireNonNull(externalId, "externalId");
    }
}
