package dev.cascade.bench.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NoopCallbackResourceTest {

    @Test
    void theWholeBodyIsReadBeforeTheAnswer() throws IOException {
        InputStream body = new ByteArrayInputStream(new byte[20_000]);

        byte[] answer = NoopCallbackResource.answerAfterReading(body);

        assertThat(body.available()).isZero();
        assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("{\"receipt_id\":0,\"verdict\":\"NOOP\"}");
    }
}
