package dev.cascade.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a person signs in to the dashboard (Jakarta Security, on WildFly Elytron):
 * <ul>
 *   <li>{@code POST /login} with username, password and the form's CSRF token: refused while the
 *       name or address is throttled, checked against the server's users ({@link ElytronCredentials}),
 *       refused without an {@code analyst} or {@code admin} role; on success the container learns the
 *       caller and roles, and the session id is renewed (WildFly does not do it for this kind of
 *       login, and the pre-login session carried the CSRF token).</li>
 *   <li>Protected pages without a session: redirected to the login page, which sends the person back
 *       to where they were going; the JSON API ({@code /api/*}): 401, no redirect.</li>
 * </ul>
 * A failed login renders the login page again with the reason (the login page is public).
 */
@ApplicationScoped
@AutoApplySession
public class DashboardAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: why the sign-in was refused, for the login page to show. */
    public static final String LOGIN_ERROR = DashboardAuthentication.class.getName() + ".error";
    /** Session attribute: the dashboard URL to return to after signing in. */
    public static final String RETURN_TO = DashboardAuthentication.class.getName() + ".returnTo";
    static final Set<String> DASHBOARD_ROLES = Set.of("analyst", "admin");
    private static final System.Logger LOG = System.getLogger(DashboardAuthentication.class.getName());

    @Inject
    ElytronCredentials credentials;

    @Inject
    LoginThrottle throttle;

    /** The context this mechanism guards; every other web module of the application is left alone. */
    @Inject
    @ConfigProperty(name = "cascade.dashboard.context-root", defaultValue = "/dashboard")
    String dashboardContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!dashboardContext.equals(request.getContextPath())) {
            return context.doNothing();
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            return login(request, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return context.responseUnauthorized();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + "/login");
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context) {
        String username = Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(request.getParameter("password")).orElse("");
        String address = request.getRemoteAddr();
        if (!Csrf.valid(request)) {
            return refuse(request, context, "The sign-in form expired. Please try again.");
        }
        if (username.isEmpty() || password.isEmpty()) {
            return refuse(request, context, "Enter your username and password.");
        }
        if (throttle.isLocked(username, address)) {
            LOG.log(Level.WARNING, "sign-in refused while throttled: user " + username + " from " + address);
            return refuse(request, context, "Too many failed sign-ins. Wait a few minutes and try again.");
        }
        Optional<Set<String>> roles = credentials.validate(username, password.toCharArray());
        if (roles.isEmpty()) {
            throttle.failed(username, address);
            LOG.log(Level.INFO, "failed sign-in for " + username + " from " + address);
            return refuse(request, context, "Wrong username or password.");
        }
        if (roles.get().stream().noneMatch(DASHBOARD_ROLES::contains)) {
            return refuse(request, context, "Your account has no dashboard role (analyst or admin).");
        }
        throttle.succeeded(username, address);
        AuthenticationStatus status = context.notifyContainerAboutLogin(username, roles.get());
        request.changeSessionId();
        return status;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String reason) {
        request.setAttribute(LOGIN_ERROR, reason);
        return context.doNothing();
    }
}
