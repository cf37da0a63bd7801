package dev.cascade.dashboard.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dashboard page goes through here: find the route, check the role, run the page, turn
 * refusals into the 403/404 pages. Static files ({@code /static}, {@code /webjars}) are handed to the
 * container's default servlet.
 */
@WebServlet(urlPatterns = "/", loadOnStartup = 1)
public class FrontController extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(FrontController.class.getName());

    @Inject
    transient DashboardRoutes routes;

    private transient Templates templates;

    @Override
    public void init() {
        templates = new Templates(getServletContext());
        getServletContext().setAttribute(Templates.class.getName(), templates);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            getServletContext().getNamedDispatcher("default").forward(request, response);
            return;
        }
        List<Route> candidates = routes.all().stream().filter(r -> r.match(path).isPresent()).toList();
        if (candidates.isEmpty()) {
            error(request, response, 404, "No such page", "There is nothing at " + path + ".");
            return;
        }
        Optional<Route> route = candidates.stream().filter(r -> r.method().equals(request.getMethod())).findFirst();
        if (route.isEmpty()) {
            response.setHeader("Allow", String.join(", ", candidates.stream().map(Route::method).distinct().toList()));
            error(request, response, 405, "Method not allowed", request.getMethod() + " is not allowed here.");
            return;
        }
        if (!route.get().isOpen() && !allowed(request, route.get().role())) {
            error(request, response, 403, "Not allowed", "Your role cannot open this page.");
            return;
        }
        Map<String, String> variables = route.get().match(path).orElseThrow();
        // Server-Timing: how long the page took here, queries and rendering (docs/operations.md).
        long started = System.nanoTime();
        TimedResponse timed = new TimedResponse(response);
        try {
            route.get().page().handle(new Exchange(request, timed, variables, templates));
        } catch (ForbiddenException e) {
            error(request, timed, 403, "Not allowed", e.getMessage());
        } catch (NotFoundException e) {
            error(request, timed, 404, "Not found", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "page " + path + " failed", e);
            error(request, timed, 500, "Something went wrong", "The error is logged; please try again.");
        }
        timed.finish(Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean allowed(HttpServletRequest request, Role role) {
        return request.isUserInRole(Role.ADMIN.roleName())
                || role == Role.ANALYST && request.isUserInRole(Role.ANALYST.roleName());
    }

    private void error(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        new Exchange(request, response, Map.of(), templates).render("error", Map.of("status", status, "heading", title,
                "detail", detail));
    }
}
