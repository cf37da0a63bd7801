package dev.cascade.simulator.delivery;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Posts one callback, once; retrying is the caller's business. */
public interface CallbackSender {

    /**
     * @return the HTTP status the receiver answered
     * @throws IOException no answer: refused, timed out, broken connection
     */
    int post(URI url, byte[] body, Map<String, String> headers) throws IOException;
}
