package dev.cascade.telesign.status;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Telesign's id for a message (or for one channel's send of it): 32 upper-case hex characters.
 *
 * <p>Accepted leniently — any case, letters, digits and '-' up to 64 characters — because refusing a
 * callback over the shape of its id would lose a delivery status; stored upper-case so that the same
 * id in two cases is one message.
 */
public record ReferenceId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{1,64}");
    private static final Pattern TELESIGN_SHAPE = Pattern.compile("[0-9A-F]{32}");

    public ReferenceId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a reference id is 1-64 upper-case letters, digits or '-'");
        }
    }

    public static ReferenceId of(String text) {
        Objects.requireNonNull(text, "text");
        return new ReferenceId(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether it has the 32-hex shape Telesign issues (anything else came from a test or a tool). */
    public boolean isTelesignShaped() {
        return TELESIGN_SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
