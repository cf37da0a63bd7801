package dev.cascade.dashboard.web;

/** No such page or message: answered 404 with the layout's error page. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
