package dev.cascade.callback.application;

import dev.cascade.sending.TelesignAccount;
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
    TelesignAccount account;

    /** Off only by an explicit setting, for a trial behind another authenticating proxy; logged loudly. */
    @Inject
    @ConfigProperty(name = "cascade.callbacks.verify-signatures", defaultValue = "true")
    boolean verifySignatures;

    @Inject
    @ConfigProperty(name = "cascade.callbacks.max-body-bytes", defaultValue = "65536")
    int maxBodyBytes;

    /** The account whose key signs the callbacks, when both parts are configured. */
    public Optional<Credentials> credentials() {
        return account.credentials();
    }

    public boolean verifySignatures() {
        return verifySignatures;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
