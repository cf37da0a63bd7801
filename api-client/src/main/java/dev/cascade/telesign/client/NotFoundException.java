package dev.cascade.telesign.client;

/** No such message (HTTP 404): Telesign forgets reference ids after 12 hours. */
public class NotFoundException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorResponse response) {
        super(response);
    }
}
