package dev.cascade.telesign.message;

/** The SMS {@code text} template: the fallback's plain text. */
public record SmsText(String text) implements ChannelContent {

    public static final String TEMPLATE = "text";

    @Override
    public String template() {
        return TEMPLATE;
    }
}
