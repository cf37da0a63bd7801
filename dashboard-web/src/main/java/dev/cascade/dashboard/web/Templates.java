package dev.cascade.dashboard.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one Thymeleaf engine, built when the front controller starts: templates under
 * {@code /WEB-INF/templates}, HTML mode (every {@code th:text} escaped), cached.
 */
public final class Templates {

    private final JakartaServletWebApplication application;
    private final TemplateEngine engine;

    public Templates(ServletContext servletContext) {
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        this.engine.setTemplateResolver(resolver);
    }

    public void render(String template, Map<String, Object> model, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        WebContext context = new WebContext(application.buildExchange(request, response), Locale.ENGLISH);
        context.setVariables(model);
        response.setContentType("text/html;charset=UTF-8");
        Writer writer = response.getWriter();
        engine.process(template, context, writer);
        writer.flush();
    }
}
