package dev.cascade.dashboard.testsend;

import dev.cascade.dashboard.web.Exchange;
import dev.cascade.dashboard.web.Page;
import dev.cascade.ledger.application.Origin;
import dev.cascade.sending.MessageSending;
import dev.cascade.sending.TelesignConnection;
import dev.cascade.sending.TelesignNotConfiguredException;
import dev.cascade.telesign.client.RequestValidationException;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignApiException;
import dev.cascade.telesign.client.TelesignConnectionException;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.status.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /test-send} (admin): send one real message — validated field by field first — and follow it
 * on its detail page as the callbacks arrive. Recorded with origin TEST and the sender's name.
 */
@ApplicationScoped
public class TestSendPage implements Page {

    @Inject
    MessageSending sending;

    @Inject
    TelesignConnection telesign;

    @Inject
    TestSendLimiter limiter;

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.isPost()) {
            render(exchange, TestSendForm.blank());
            return;
        }
        exchange.requireCsrf();
        TestSendForm form = TestSendForm.from(exchange);
        OmniMessageRequest request = form.request();
        if (!form.hasErrors() && telesign.isConfigured()) {
            form.addViolations(telesign.client().validate(request));
        }
        if (form.hasErrors()) {
            exchange.response().setStatus(400);
            render(exchange, form);
            return;
        }
        Optional<Duration> wait = limiter.acquire(exchange.user());
        if (wait.isPresent()) {
            exchange.response().setStatus(429);
            form.addError("form", "You have reached the test-send limit; try again in " + Math.max(1, wait.get().toSeconds()) + " s.");
            render(exchange, form);
            return;
        }
        try {
            SendResult sent = sending.send(request, Origin.TEST, Optional.of(exchange.user()));
            exchange.redirect("/messages/" + sent.referenceId().value() + "?sent=1");
        } catch (RequestValidationException e) {
            form.addViolations(e.violations());
            exchange.response().setStatus(400);
            render(exchange, form);
        } catch (TelesignApiException e) {
            String code = e.telesignCode().map(c -> c.value() + c.meaning().map(m -> " (" + m + ")").orElse("")).orElse("no code");
            form.addError("form", "Telesign refused the message: HTTP " + e.httpStatus().orElse(0) + ", code " + code
                    + (e.description().isEmpty() ? "" : " — " + e.description()));
            exchange.response().setStatus(502);
            render(exchange, form);
        } catch (TelesignConnectionException e) {
            form.addError("form", "Telesign could not be reached: " + e.getMessage());
            exchange.response().setStatus(502);
            render(exchange, form);
        } catch (TelesignNotConfiguredException e) {
            form.addError("form", e.getMessage());
            exchange.response().setStatus(503);
            render(exchange, form);
        } catch (TelesignException e) {
            form.addError("form", e.getMessage());
            exchange.response().setStatus(502);
            render(exchange, form);
        }
    }

    private static void render(Exchange exchange, TestSendForm form) throws IOException {
        exchange.render("test-send", Map.of("form", form, "types", new String[] {"ARN", "MKT", "OTP"},
                "rateLimitCode", StatusCode.of(3204).meaning().orElse("")));
    }
}
