package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.ReferenceId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/** Fresh reference ids in Telesign's shape: 32 upper-case hex characters, unguessable. */
public final class ReferenceIds implements Supplier<ReferenceId> {

    private final SecureRandom random = new SecureRandom();

    @Override
    public ReferenceId get() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return ReferenceId.of(HexFormat.of().withUpperCase().formatHex(bytes));
    }
}
