package dev.cascade.sending;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.client.RetryPolicy;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.message.LinkIdField;
import dev.cascade.telesign.message.RecipientField;
import dev.cascade.telesign.message.WireFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Telesign client of the application, built from MicroProfile Config on first use and shared
 * (it is thread-safe). Names, documented in {@code docs/operations.md}:
 * {@code TELESIGN_BASE_URL} (the account: {@link TelesignAccount}),
 * {@code cascade.telesign.auth}, {@code cascade.telesign.link-id-field},
 * {@code cascade.telesign.recipient-field}, {@code cascade.telesign.connect-timeout-ms},
 * {@code cascade.telesign.request-timeout-ms}, {@code cascade.telesign.max-attempts}.
 */
@ApplicationScoped
public class TelesignConnection {

    private static final System.Logger LOG = System.getLogger(TelesignConnection.class.getName());

    @Inject
    @ConfigProperty(name = "TELESIGN_BASE_URL", defaultValue = "https://rest-ww.telesign.com")
    String baseUrl;

    @Inject
    TelesignAccount account;

    @Inject
    @ConfigProperty(name = "cascade.telesign.auth", defaultValue = "basic")
    String auth;

    @Inject
    @ConfigProperty(name = "cascade.telesign.link-id-field", defaultValue = "url_id")
    String linkIdField;

    @Inject
    @ConfigProperty(name = "cascade.telesign.recipient-field", defaultValue = "phone_number")
    String recipientField;

    @Inject
    @ConfigProperty(name = "cascade.telesign.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "cascade.telesign.request-timeout-ms", defaultValue = "15000")
    long requestTimeoutMillis;

    @Inject
    @ConfigProperty(name = "cascade.telesign.max-attempts", defaultValue = "3")
    int maxAttempts;

    private volatile TelesignClient client;
    private volatile TelesignClient lookupClient;

    /** @throws TelesignNotConfiguredException when the account's credentials are not set */
    public TelesignClient client() {
        TelesignClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = build(RetryPolicy.defaults().withMaxAttempts(maxAttempts));
                    LOG.log(Level.INFO, "Telesign client ready: " + client);
                }
                current = client;
            }
        }
        return current;
    }

    /**
     * The same account and settings, but a client that tries each call once: reconciliation does not wait out a
     * 429 inside one lookup (holding its lease and a thread), it stops its run and the whole cluster pauses.
     *
     * @throws TelesignNotConfiguredException when the account's credentials are not set
     */
    public TelesignClient lookupClient() {
        TelesignClient current = lookupClient;
        if (current == null) {
            synchronized (this) {
                if (lookupClient == null) {
                    lookupClient = build(RetryPolicy.none());
                }
                current = lookupClient;
            }
        }
        return current;
    }

    public boolean isConfigured() {
        return account.credentials().isPresent();
    }

    private TelesignClient build(RetryPolicy retries) {
        return TelesignClient.builder(account.credentials().orElseThrow(TelesignNotConfiguredException::new))
                .baseUrl(baseUrl)
                .authScheme(AuthScheme.parse(auth))
                .wireFormat(new WireFormat(LinkIdField.parse(linkIdField), RecipientField.parse(recipientField)))
                .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .requestTimeout(Duration.ofMillis(requestTimeoutMillis))
                .retryPolicy(retries)
                .build();
    }
}
