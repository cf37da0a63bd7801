package dev.cascade.telesign.message;

/**
 * What one channel shows: a Telesign template and its parameters. The guide's two cases have their
 * own types; {@link TemplateContent} carries any other template without new code.
 */
public sealed interface ChannelContent permits RcsUrlAction, SmsText, TemplateContent {

    /** Telesign's template name, e.g. {@code url_action} or {@code text}. */
    String template();
}
