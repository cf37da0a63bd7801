package dev.cascade.dashboard.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;

/**
 * A page's response held back until the page is done, so that the time it took — queries and rendering —
 * can go out as a header ({@code Server-Timing: app;dur=12.3}) ahead of the body: headers cannot follow a
 * body that was already flushed. Pages are at most some tens of kilobytes, so holding one costs little.
 * Redirects and errors the page sends itself go straight through.
 */
final class TimedResponse extends HttpServletResponseWrapper {

    static final String HEADER = "Server-Timing";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    TimedResponse(HttpServletResponse response) {
        super(response);
    }

    /** {@code app;dur=<milliseconds>}, as browsers' developer tools show it. */
    static String header(Duration elapsed) {
        return String.format(Locale.ROOT, "app;dur=%.1f", elapsed.toNanos() / 1e6);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("dashboard pages write blocking");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    /** Sends the timing header and then the held body. */
    void finish(Duration elapsed) throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        flushBuffer();
        response.setHeader(HEADER, header(elapsed));
        if (body.size() > 0) {
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
