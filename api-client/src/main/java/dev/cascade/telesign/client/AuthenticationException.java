package dev.cascade.telesign.client;

/** The account was refused (HTTP 401/403, code 3400): wrong customer id or API key, a stale Date, or a reused nonce. */
public class AuthenticationException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorResponse response) {
        super(response);
    }
}
