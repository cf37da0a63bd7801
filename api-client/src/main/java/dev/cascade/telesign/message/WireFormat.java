package dev.cascade.telesign.message;

import java.util.Objects;

/**
 * The choices Telesign's documents leave open about the request body, fixed per client.
 * {@link #GUIDE} is what Telesign's link-button guide sends.
 */
public record WireFormat(LinkIdField linkIdField, RecipientField recipientField) {

    public static final WireFormat GUIDE = new WireFormat(LinkIdField.URL_ID, RecipientField.TOP_LEVEL);

    public WireFormat {
        Objects.requireNonNull(linkIdField, "linkIdField");
        Objects.requireNonNull(recipientField, "recipientField");
    }
}
