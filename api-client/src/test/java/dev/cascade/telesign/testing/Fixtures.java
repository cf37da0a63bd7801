package dev.cascade.telesign.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Telesign's guide examples and the published test account, shared by the tests. */
public final class Fixtures {

    /** The account of Telesign's SDK test vectors (PROTOCOL.md). */
    public static final Credentials SDK_ACCOUNT = new Credentials("FFFFFFFF-EEEE-DDDD-1234-AB1234567890",
            "EXAMPLE----TE8sTgg45yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==");

    /** Another account, for "signed with someone else's key". */
    public static final Credentials OTHER_ACCOUNT = new Credentials("00000000-1111-2222-3333-444444444444",
            "c29tZSBvdGhlciBhY2NvdW50J3Mga2V5LCBub3Qgb3VycyEh");

    public static final String GUIDE_TEXT = "Thanks for your purchase on! Track your order status here:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** The guide's request, built with the library's builder. */
    public static OmniMessageRequest guideRequest() {
        return OmniMessageRequest.builder()
                .phoneNumber("15558675309")
                .messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction(GUIDE_TEXT, "https://example.com/track-order", "Track Order", "urlid1"), 600)
                .smsFallback(GUIDE_TEXT)
                .build();
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/telesign/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /telesign/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String resource) {
        return json(bytes(resource));
    }

    public static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
