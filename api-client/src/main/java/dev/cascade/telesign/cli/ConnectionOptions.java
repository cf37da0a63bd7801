package dev.cascade.telesign.cli;

import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.client.RetryPolicy;
import dev.cascade.telesign.client.TelesignClient;
import dev.cascade.telesign.message.LinkIdField;
import dev.cascade.telesign.message.RecipientField;
import dev.cascade.telesign.message.WireFormat;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How to reach Telesign: shared by the commands that call it. */
final class ConnectionOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Telesign's API (default: $TELESIGN_BASE_URL, else https://rest-ww.telesign.com)")
    String baseUrl;

    @Option(names = "--auth", paramLabel = "basic|tsa", defaultValue = "basic", converter = Converters.Auth.class,
            description = "request authentication: basic (default) or tsa (HMAC digest)")
    AuthScheme auth;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "time to set up the connection (default ${DEFAULT-VALUE})")
    int connectTimeoutSeconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "time to wait for the answer (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3",
            description = "attempts for failures that are safe to retry (default ${DEFAULT-VALUE})")
    int maxAttempts;

    @Option(names = "--link-id-field", paramLabel = "url_id|url_payload", defaultValue = "url_id",
            converter = Converters.LinkId.class, description = "JSON name of the RCS link id (default url_id)")
    LinkIdField linkIdField;

    @Option(names = "--recipient-field", paramLabel = "phone_number|recipient.phone_number",
            defaultValue = "phone_number", converter = Converters.Recipient.class,
            description = "where the phone number goes (default phone_number, as in Telesign's guide)")
    RecipientField recipientField;

    WireFormat wireFormat() {
        return new WireFormat(linkIdField, recipientField);
    }

    TelesignClient client(TelesignCli cli, Credentials credentials) {
        String url = baseUrl != null ? baseUrl
                : cli.env(TelesignCli.ENV_BASE_URL) != null && !cli.env(TelesignCli.ENV_BASE_URL).isBlank()
                ? cli.env(TelesignCli.ENV_BASE_URL) : TelesignClient.PRODUCTION.toString();
        if (maxAttempts < 1) {
            throw new TelesignCli.UsageException("--max-attempts must be at least 1");
        }
        return TelesignClient.builder(credentials)
                .baseUrl(url)
                .authScheme(auth)
                .wireFormat(wireFormat())
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .requestTimeout(Duration.ofSeconds(timeoutSeconds))
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(maxAttempts))
                .build();
    }
}
