package dev.cascade.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[10 * 1024];

        assertThat(BodyReader.read(new ByteArrayInputStream(body), (long) body.length, body.length)).hasValueSatisfying(
                read -> assertThat(read).hasSize(body.length));
    }

    @Test
    void aBodyOverTheLimitIsNotRead() throws IOException {
        assertThat(BodyReader.read(new ByteArrayInputStream(new byte[10]), null, 9)).isEmpty();
        assertThat(BodyReader.read(new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared length over the limit needs no reading");
            }
        }, 1_000_000L, 9)).isEmpty();
    }

    @Test
    void noBodyIsAnEmptyOne() throws IOException {
        assertThat(BodyReader.read(null, null, 9)).hasValueSatisfying(read -> assertThat(read).isEmpty());
    }
}
