package dev.cascade.simulator.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.json.TelesignJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Shared test data: Telesign's published SDK test account and the guide's request. */
public final class Fixtures {

    /** Telesign's SDK test account (customer id and key from its published test vectors). */
    public static final Credentials ACCOUNT = new Credentials("FFFFFFFF-EEEE-DDDD-1234-AB1234567890",
            "EXAMPLE----TE8sTgg45yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==");

    /** Another valid key for the same customer: what a wrong key looks like. */
    public static final Credentials WRONG_KEY = new Credentials(ACCOUNT.customerId(),
            "c29tZSBvdGhlciBrZXkgdGhhdCBpcyBub3QgdGhlIGFjY291bnQncw==");

    private Fixtures() {
    }

    /** Telesign's guide request ({@code guide-request.json}), as a tree a test may change. */
    public static ObjectNode guideRequest() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/telesign/guide-request.json")) {
            return (ObjectNode) TelesignJson.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(ObjectNode json) {
        return TelesignJson.bytes(json);
    }
}
