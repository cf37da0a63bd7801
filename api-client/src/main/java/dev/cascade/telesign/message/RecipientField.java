package dev.cascade.telesign.message;

/**
 * Where the phone number goes. The guide uses the top-level {@code phone_number}; the API schema
 * prefers {@code recipient.phone_number} and marks the other deprecated. Both are accepted today.
 */
public enum RecipientField {
    TOP_LEVEL("phone_number"),
    RECIPIENT("recipient.phone_number");

    private final String path;

    RecipientField(String path) {
        this.path = path;
    }

    /** The field path used in JSON and in validation messages. */
    public String path() {
        return path;
    }

    public static RecipientField parse(String text) {
        for (RecipientField field : values()) {
            if (field.path.equalsIgnoreCase(text.trim()) || field.name().equalsIgnoreCase(text.trim())) {
                return field;
            }
        }
        if (text.trim().equalsIgnoreCase("recipient")) {
            return RECIPIENT;
        }
        throw new IllegalArgumentException(
                "unknown recipient field '" + text + "': use phone_number or recipient.phone_number");
    }
}
