package dev.cascade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimedResponseTest {

    /** A container's response, reduced to what TimedResponse uses: headers, a body, a committed flag. */
    private static final class Recorded {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean committed;
        int contentLength = -1;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    committed = true;
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> {
                            if (!committed) {
                                headers.put((String) args[0], (String) args[1]);
                            }
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "isCommitted" -> committed;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setContentLength" -> {
                            contentLength = (Integer) args[0];
                            yield null;
                        }
                        case "sendRedirect" -> {
                            committed = true;
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    @Test
    void theTimingGoesOutBeforeTheHeldBody() throws Exception {
        Recorded container = new Recorded();
        TimedResponse timed = new TimedResponse(container.response());
        PrintWriter writer = timed.getWriter();
        writer.print("<p>Grüße</p>");
        timed.flushBuffer();
        assertThat(container.body.size()).isZero();

        timed.finish(Duration.ofNanos(12_345_000));

        assertThat(container.headers).containsEntry("Server-Timing", "app;dur=12.3");
        assertThat(container.body.toString(StandardCharsets.UTF_8)).isEqualTo("<p>Grüße</p>");
        assertThat(container.contentLength).isEqualTo("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aResetDropsWhatThePageWroteBeforeItFailed() throws Exception {
        Recorded container = new Recorded();
        TimedResponse timed = new TimedResponse(container.response());
        timed.getWriter().print("half a page");
        timed.resetBuffer();
        timed.getWriter().print("error page");
        timed.finish(Duration.ofMillis(3));
        assertThat(container.body.toString(StandardCharsets.UTF_8)).isEqualTo("error page");
    }

    @Test
    void aRedirectIsLeftAsThePageSentIt() throws Exception {
        Recorded container = new Recorded();
        TimedResponse timed = new TimedResponse(container.response());
        timed.sendRedirect("/dashboard/");
        timed.finish(Duration.ofMillis(1));
        assertThat(container.headers).doesNotContainKey("Server-Timing");
        assertThat(container.body.size()).isZero();
    }
}
