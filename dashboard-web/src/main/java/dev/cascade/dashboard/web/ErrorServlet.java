package dev.cascade.dashboard.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The container's error pages (web.xml): 401/403 from the security constraints, 404/500 from the
 * container. Under {@code /api} the answer is problem+json, elsewhere the dashboard's error page.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String title = switch (status) {
            case 401 -> "Sign in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> "Something went wrong";
        };
        response.setStatus(status);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + "}");
            return;
        }
        Templates templates = (Templates) getServletContext().getAttribute(Templates.class.getName());
        new Exchange(request, response, Map.of(), templates).render("error",
                Map.of("status", status, "heading", title, "detail", status == 403
                        ? "Your role cannot open this page." : "The page could not be shown."));
    }
}
