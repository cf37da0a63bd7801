package dev.cascade.sending;

import dev.cascade.telesign.auth.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This installation's Telesign account, from {@code TELESIGN_CUSTOMER_ID} and {@code TELESIGN_API_KEY}:
 * the client sends with it and the callback endpoint verifies with it.
 */
@ApplicationScoped
public class TelesignAccount {

    @Inject
    @ConfigProperty(name = "TELESIGN_CUSTOMER_ID")
    Optional<String> customerId;

    @Inject
    @ConfigProperty(name = "TELESIGN_API_KEY")
    Optional<String> apiKey;

    /** Empty when either part is missing or blank. */
    public Optional<Credentials> credentials() {
        if (customerId.filter(s -> !s.isBlank()).isEmpty() || apiKey.filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(customerId.get().trim(), apiKey.get().trim()));
    }
}
