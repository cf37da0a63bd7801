package dev.cascade.telesign.client;

/**
 * Telesign's answer could not be understood: a success whose body is not the documented JSON, or a
 * status this client does not expect. After a send, the message may well have been accepted — check
 * with a status lookup or the callbacks before sending again.
 */
public class UnexpectedResponseException extends TelesignApiException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(ErrorResponse response) {
        super(response);
    }
}
