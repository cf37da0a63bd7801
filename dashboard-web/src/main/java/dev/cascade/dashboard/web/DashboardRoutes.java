package dev.cascade.dashboard.web;

import dev.cascade.dashboard.advisor.AdvisorPage;
import dev.cascade.dashboard.callbacks.CallbacksPage;
import dev.cascade.dashboard.messages.MessageDetailPage;
import dev.cascade.dashboard.messages.MessagesPage;
import dev.cascade.dashboard.overview.ExportPage;
import dev.cascade.dashboard.overview.OverviewPage;
import dev.cascade.dashboard.security.LoginPage;
import dev.cascade.dashboard.security.LogoutPage;
import dev.cascade.dashboard.testsend.TestSendPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every page of the dashboard, who may open it, and what answers it. The JSON API
 * ({@code /api/messages/{referenceId}}, analyst and admin) is JAX-RS and guarded by {@code @RolesAllowed}.
 */
@ApplicationScoped
public class DashboardRoutes {

    @Inject
    OverviewPage overview;
    @Inject
    ExportPage export;
    @Inject
    MessagesPage messages;
    @Inject
    MessageDetailPage message;
    @Inject
    AdvisorPage advisor;
    @Inject
    CallbacksPage callbacks;
    @Inject
    TestSendPage testSend;
    @Inject
    LoginPage login;
    @Inject
    LogoutPage logout;

    private List<Route> routes;

    @PostConstruct
    void build() {
        routes = List.of(
                new Route("GET", "/", Role.ANALYST, overview),
                new Route("GET", "/export/{file}", Role.ANALYST, export),
                new Route("GET", "/messages", Role.ANALYST, messages),
                new Route("GET", "/messages/{referenceId}", Role.ANALYST, message),
                new Route("GET", "/advisor", Role.ANALYST, advisor),
                new Route("GET", "/callbacks", Role.ADMIN, callbacks),
                new Route("POST", "/callbacks", Role.ADMIN, callbacks),
                new Route("GET", "/test-send", Role.ADMIN, testSend),
                new Route("POST", "/test-send", Role.ADMIN, testSend),
                new Route("POST", "/logout", Role.ANALYST, logout),
                Route.open("GET", "/login", login),
                Route.open("POST", "/login", login));
    }

    public List<Route> all() {
        return routes;
    }
}
