package dev.cascade.telesign.message;

/**
 * The RCS {@code url_action} template: text above a button that opens {@code url}.
 *
 * @param text    shown above the button
 * @param url     where the button leads; must be a fully-qualified http(s) URL
 * @param urlText the button's label
 * @param linkId  an id for this link, reported back on clicks; sent as {@code url_id} or
 *                {@code url_payload} depending on {@link LinkIdField}
 */
public record RcsUrlAction(String text, String url, String urlText, String linkId) implements ChannelContent {

    public static final String TEMPLATE = "url_action";

    @Override
    public String template() {
        return TEMPLATE;
    }
}
