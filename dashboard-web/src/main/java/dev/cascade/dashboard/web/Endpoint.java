package dev.cascade.dashboard.web;

/**
 * Every URL of the dashboard, who may open it, and what kind of handler answers it: the application's
 * own list of endpoints. {@link DashboardRoutes} maps each page to its controller with an exhaustive
 * switch, so an endpoint cannot exist without a role; the security tests (unit and over HTTP, as every
 * role) walk this list, so a new page cannot ship unprotected or untested.
 */
public enum Endpoint {
    OVERVIEW("GET", "/", Role.ANALYST, Kind.PAGE),
    EXPORT("GET", "/export/{file}", Role.ANALYST, Kind.PAGE),
    MESSAGES("GET", "/messages", Role.ANALYST, Kind.PAGE),
    MESSAGE("GET", "/messages/{referenceId}", Role.ANALYST, Kind.PAGE),
    ADVISOR("GET", "/advisor", Role.ANALYST, Kind.PAGE),
    CALLBACKS("GET", "/callbacks", Role.ADMIN, Kind.PAGE),
    /** Starts a retention run now (still once per cluster). */
    RUN_RETENTION("POST", "/callbacks", Role.ADMIN, Kind.PAGE),
    /** Starts a reconciliation run now: pending messages looked up at Telesign (still once per cluster). */
    RUN_RECONCILIATION("POST", "/callbacks/reconcile", Role.ADMIN, Kind.PAGE),
    TEST_SEND_FORM("GET", "/test-send", Role.ADMIN, Kind.PAGE),
    TEST_SEND("POST", "/test-send", Role.ADMIN, Kind.PAGE),
    LOGOUT("POST", "/logout", Role.ANALYST, Kind.PAGE),
    LOGIN_FORM("GET", "/login", null, Kind.PAGE),
    LOGIN("POST", "/login", null, Kind.PAGE),
    /** JAX-RS ({@code MessageResource}), guarded by {@code @RolesAllowed}; answers 401 rather than redirecting. */
    API_MESSAGE("GET", "/api/messages/{referenceId}", Role.ANALYST, Kind.API);

    /** Who answers: a {@link Page} behind the {@link FrontController}, or a JAX-RS resource. */
    public enum Kind { PAGE, API }

    private final String method;
    private final String pattern;
    private final Role role;
    private final Kind kind;

    Endpoint(String method, String pattern, Role role, Kind kind) {
        this.method = method;
        this.pattern = pattern;
        this.role = role;
        this.kind = kind;
    }

    public String method() {
        return method;
    }

    /** The path under {@code /dashboard}, with {@code {variables}}. */
    public String pattern() {
        return pattern;
    }

    /** The least role that may use it; null for the sign-in page, which anyone may open. */
    public Role role() {
        return role;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isOpen() {
        return role == null;
    }

    /** Whether a signed-in user with {@code granted} may use it (an admin may do all an analyst may). */
    public boolean allows(Role granted) {
        return role == null || granted == Role.ADMIN || granted == role;
    }
}
