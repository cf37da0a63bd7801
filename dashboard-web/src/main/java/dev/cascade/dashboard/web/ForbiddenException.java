package dev.cascade.dashboard.web;

/** The signed-in user may not do this (wrong role, missing or wrong CSRF token): answered 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
