package dev.cascade.telesign.auth;

import java.util.Map;

/** Adds the headers that prove a request comes from the account. One implementation per scheme. */
public interface Authenticator {

    /** The headers to send with {@code request}, in the order they should appear. */
    Map<String, String> headers(OutgoingRequest request);
}
