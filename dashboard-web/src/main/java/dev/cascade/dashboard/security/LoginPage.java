package dev.cascade.dashboard.security;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.signin.DashboardAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /login}: the sign-in form. A POST reaches here after {@link DashboardAuthentication} ran:
 * signed in → back to where the person was going (only ever a dashboard URL); not → the form again
 * with the reason, answered 401.
 */
@ApplicationScoped
public class LoginPage implements Page {

    @Override
    public void handle(Exchange exchange) throws IOException {
        boolean signedIn = exchange.request().getUserPrincipal() != null;
        if (signedIn) {
            exchange.response().sendRedirect(returnTo(exchange));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        if (exchange.isPost()) {
            exchange.response().setStatus(401);
            model.put("error", exchange.request().getAttribute(DashboardAuthentication.LOGIN_ERROR));
        }
        model.put("signedOut", exchange.param("signed-out").isPresent());
        model.put("username", exchange.isPost() ? exchange.param("username").orElse("") : "");
        exchange.render("login", model);
    }

    private static String returnTo(Exchange exchange) {
        String home = exchange.request().getContextPath() + "/";
        HttpSession session = exchange.request().getSession(false);
        if (session == null) {
            return home;
        }
        Object target = session.getAttribute(DashboardAuthentication.RETURN_TO);
        session.removeAttribute(DashboardAuthentication.RETURN_TO);
        // Only a path inside the dashboard: never an open redirect.
        return target instanceof String path && path.startsWith(home) && !path.startsWith(home + "/") ? path : home;
    }
}
