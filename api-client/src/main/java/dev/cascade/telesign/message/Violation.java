package dev.cascade.telesign.message;

import java.util.Objects;

/**
 * One problem with a request, at the JSON path Telesign would have complained about
 * ({@code channels[0].fallback_time}, {@code message.rcs.parameters.url}), so a form can show it
 * next to its field.
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
