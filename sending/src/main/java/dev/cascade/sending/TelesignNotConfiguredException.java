package dev.cascade.sending;

/** Cascade cannot send: {@code TELESIGN_CUSTOMER_ID} and {@code TELESIGN_API_KEY} are not set. */
public class TelesignNotConfiguredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TelesignNotConfiguredException() {
        super("Telesign is not configured: set TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY");
    }
}
