package dev.cascade.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NonceRegistryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final NonceRegistry nonces = new NonceRegistry(Duration.ofMinutes(15));

    @Test
    void aNonceIsAcceptedOnceWithinTheWindow() {
        assertThat(nonces.firstUse("a", T0)).isTrue();
        assertThat(nonces.firstUse("a", T0.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(nonces.firstUse("b", T0)).isTrue();
    }

    @Test
    void aNonceIsForgottenOnceNoRequestCarryingItCouldPassTheDateCheck() {
        nonces.firstUse("a", T0);

        assertThat(nonces.firstUse("a", T0.plus(Duration.ofMinutes(31)))).isTrue();
        assertThat(nonces.size()).isEqualTo(1);
    }
}
