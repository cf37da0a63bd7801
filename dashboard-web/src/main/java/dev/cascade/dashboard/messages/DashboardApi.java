package dev.cascade.dashboard.messages;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integrators' JSON at {@code /dashboard/api}; same sign-in as the pages. */
@ApplicationPath("/api")
public class DashboardApi extends Application {
}
