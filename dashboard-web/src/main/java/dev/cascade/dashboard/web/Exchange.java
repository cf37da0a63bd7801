package dev.cascade.dashboard.web;

import dev.cascade.signin.Csrf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to a page: its parameters and path variables, who asks, and the ways to answer —
 * render a template, redirect, or stream CSV. Every rendered page gets the shared model: the user,
 * their role, the CSRF token, formatting, the selected time zone.
 */
public final class Exchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> pathVariables;
    private final Templates templates;

    Exchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathVariables,
             Templates templates) {
        this.request = request;
        this.response = response;
        this.pathVariables = pathVariables;
        this.templates = templates;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    /** A query or form parameter, trimmed; empty when missing or blank. */
    public Optional<String> param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String pathVariable(String name) {
        return pathVariables.get(name);
    }

    public boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    public String user() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN.roleName());
    }

    /** The viewer's time zone ({@code tz} parameter), UTC unless valid. */
    public ZoneId zone() {
        try {
            return param("tz").map(ZoneId::of).orElse(ZoneId.of("UTC"));
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    public Formats formats() {
        return new Formats(zone(), isAdmin());
    }

    /** POST only with this session's CSRF token. */
    public void requireCsrf() {
        if (!Csrf.valid(request)) {
            throw new ForbiddenException("The form expired or did not come from this site (missing or wrong CSRF token). Reload the page and try again.");
        }
    }

    public void render(String template, Map<String, Object> model) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("user", user());
        all.put("admin", isAdmin());
        all.put("csrf", Csrf.token(request));
        all.put("fmt", formats());
        all.put("tz", zone().getId());
        all.put("chartJs", Assets.CHART_JS);
        all.put("path", request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""));
        templates.render(template, all, request, response);
    }

    /** A redirect within the dashboard: {@code path} is relative to the context root. */
    public void redirect(String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** Streams a CSV file (RFC 4180 quoting) as a download. */
    public void csv(String filename, List<String> header, List<List<Object>> rows) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        PrintWriter out = response.getWriter();
        out.print(Csv.line(header));
        for (List<Object> row : rows) {
            out.print(Csv.line(row));
        }
        out.flush();
    }
}
