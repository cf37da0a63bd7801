package dev.cascade.dashboard.security;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code POST /logout} (with the CSRF token): ends the session and returns to the sign-in page. */
@ApplicationScoped
public class LogoutPage implements Page {

    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.requireCsrf();
        try {
            exchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException("logout failed", e);
        }
        HttpSession session = exchange.request().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        exchange.redirect("/login?signed-out");
    }
}
