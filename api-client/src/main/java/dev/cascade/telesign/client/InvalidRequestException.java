package dev.cascade.telesign.client;

/** The request was refused as invalid (HTTP 400 and other 4xx; codes 3102-3116, 3300-3304): fix it, do not retry. */
public class InvalidRequestException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(ErrorResponse response) {
        super(response);
    }
}
