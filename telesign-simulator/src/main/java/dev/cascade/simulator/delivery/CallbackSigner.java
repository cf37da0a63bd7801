package dev.cascade.simulator.delivery;

import java.util.Map;

/**
 * The headers that prove a callback comes from Telesign — in the server api-client's
 * {@code CallbackSignatures.headersFor}: {@code Authorization} and {@code X-TS-Authorization}, both
 * {@code TSA customerId:base64(HMAC-SHA256(key, body))}.
 */
@FunctionalInterface
public interface CallbackSigner {

    Map<String, String> headersFor(byte[] body);
}
