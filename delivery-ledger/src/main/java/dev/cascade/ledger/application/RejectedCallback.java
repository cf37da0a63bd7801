package dev.cascade.ledger.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A callback Cascade refused (bad signature, unreadable body), kept so operators see what fails. */
public record RejectedCallback(byte[] rawBody, String contentType, Instant receivedAt, String reason,
                               Optional<String> referenceId) {

    public RejectedCallback {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(referenceId, "referenceId");
    }
}
