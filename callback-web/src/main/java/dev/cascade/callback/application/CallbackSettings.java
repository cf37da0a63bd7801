package dev.cascade.callback.application;

import dev.cascade.telesign.auth.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The callback endpoint's configuration (MicroProfile Config: system properties, environment
 * variables, or the server's config sources). Names are documented in {@code docs/callbacks.md}.
 */
@ApplicationScoped
public class CallbackSettings {

    @Inject
    @ConfigProperty(name = "TELESIGN_CUSTOMER_ID")
    Optional<String> customerId;

    @Inject
    @ConfigProperty(name = "TELESIGN_API_KEY")
    Optional<String> apiKey;

    /** Off only by an explicit setting, for a trial behind another authenticating proxy; logged loudly. */
    @Inject
    @ConfigProperty(name = "cascade.callbacks.verify-signatures", defaultValue = "true")
    boolean verifySignatures;

    @Inject
    @ConfigProperty(name = "cascade.callbacks.max-body-bytes", defaultValue = "65536")
    int maxBodyBytes;

    /** The account whose key signs the callbacks, when both parts are configured. */
    public Optional<Credentials> credentials() {
        if (customerId.filter(s -> !s.isBlank()).isEmpty() || apiKey.filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(customerId.get().trim(), apiKey.get().trim()));
    }

    public boolean verifySignatures() {
        return verifySignatures;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
