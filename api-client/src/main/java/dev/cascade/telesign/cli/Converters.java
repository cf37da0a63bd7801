package dev.cascade.telesign.cli;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.message.LinkIdField;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.RecipientField;
import picocli.CommandLine.ITypeConverter;

/** Case-insensitive option values with the library's own error messages. */
final class Converters {

    private Converters() {
    }

    static final class Auth implements ITypeConverter<AuthScheme> {
        @Override
        public AuthScheme convert(String value) {
            return AuthScheme.parse(value);
        }
    }

    static final class LinkId implements ITypeConverter<LinkIdField> {
        @Override
        public LinkIdField convert(String value) {
            return LinkIdField.parse(value);
        }
    }

    static final class Recipient implements ITypeConverter<RecipientField> {
        @Override
        public RecipientField convert(String value) {
            return RecipientField.parse(value);
        }
    }

    static final class Type implements ITypeConverter<MessageType> {
        @Override
        public MessageType convert(String value) {
            return MessageType.parse(value);
        }
    }
}
