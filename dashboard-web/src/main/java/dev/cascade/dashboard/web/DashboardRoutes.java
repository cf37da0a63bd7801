package dev.cascade.dashboard.web;

import dev.cascade.dashboard.advisor.AdvisorPage;
import dev.cascade.dashboard.callbacks.CallbacksPage;
import dev.cascade.dashboard.callbacks.ReconcileNowPage;
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
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's pages: each page {@link Endpoint} with the controller that answers it. The JSON API
 * endpoints are JAX-RS and guarded by {@code @RolesAllowed} (checked against {@link Endpoint} by a test).
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
    ReconcileNowPage reconcileNow;
    @Inject
    TestSendPage testSend;
    @Inject
    LoginPage login;
    @Inject
    LogoutPage logout;

    private List<Route> routes;

    @PostConstruct
    void build() {
        routes = Arrays.stream(Endpoint.values()).filter(e -> e.kind() == Endpoint.Kind.PAGE)
                .map(e -> new Route(e.method(), e.pattern(), e.role(), page(e))).toList();
    }

    /** Exhaustive over {@link Endpoint}: a new endpoint does not compile until it is given its page. */
    private Page page(Endpoint endpoint) {
        return switch (endpoint) {
            case OVERVIEW -> overview;
            case EXPORT -> export;
            case MESSAGES -> messages;
            case MESSAGE -> message;
            case ADVISOR -> advisor;
            case CALLBACKS, RUN_RETENTION -> callbacks;
            case RUN_RECONCILIATION -> reconcileNow;
            case TEST_SEND_FORM, TEST_SEND -> testSend;
            case LOGOUT -> logout;
            case LOGIN_FORM, LOGIN -> login;
            case API_MESSAGE -> throw new IllegalArgumentException(endpoint + " is answered by JAX-RS, not a page");
        };
    }

    public List<Route> all() {
        return routes;
    }
}
