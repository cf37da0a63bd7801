package dev.cascade.telesign.client;

/** The body was over Telesign's 10 KB limit (HTTP 413, code 3116). */
public class PayloadTooLargeException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(ErrorResponse response) {
        super(response);
    }
}
