package dev.cascade.telesign.message;

/**
 * The JSON name of the RCS link id. Telesign's guide and its API example write {@code url_id}; its
 * API schema writes {@code url_payload}. Cascade sends what the operator configures, {@code url_id}
 * by default, and accepts both when simulating.
 */
public enum LinkIdField {
    URL_ID("url_id"),
    URL_PAYLOAD("url_payload");

    private final String jsonName;

    LinkIdField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static LinkIdField parse(String text) {
        for (LinkIdField field : values()) {
            if (field.jsonName.equalsIgnoreCase(text.trim()) || field.name().equalsIgnoreCase(text.trim())) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown link id field '" + text + "': use url_id or url_payload");
    }
}
