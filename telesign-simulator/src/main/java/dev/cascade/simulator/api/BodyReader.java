package dev.cascade.simulator.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body, but not beyond a limit: a body over it is refused unread, as a front proxy would. */
final class BodyReader {

    private BodyReader() {
    }

    /** The body, or empty if it is longer than {@code limit} bytes. */
    static Optional<byte[]> read(InputStream in, Long contentLength, int limit) throws IOException {
        if (contentLength != null && contentLength > limit) {
            return Optional.empty();
        }
        if (in == null) {
            return Optional.of(new byte[0]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toByteArray());
    }
}
