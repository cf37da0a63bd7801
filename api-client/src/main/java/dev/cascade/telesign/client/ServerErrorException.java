package dev.cascade.telesign.client;

/** Telesign failed with HTTP 5xx other than 503. Not retried: the message may have been accepted before the failure. */
public class ServerErrorException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(ErrorResponse response) {
        super(response);
    }
}
