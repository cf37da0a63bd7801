package dev.cascade.telesign.auth;

import java.util.Locale;

/** The two ways Telesign accepts to authenticate a REST request. */
public enum AuthScheme {
    BASIC,
    TSA;

    public Authenticator authenticator(Credentials credentials) {
        return switch (this) {
            case BASIC -> new BasicAuthenticator(credentials);
            case TSA -> new TsaAuthenticator(credentials);
        };
    }

    /** {@code basic} or {@code tsa}, any case. */
    public static AuthScheme parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown auth scheme '" + text + "': use basic or tsa", e);
        }
    }
}
