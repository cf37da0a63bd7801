package dev.cascade.telesign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.telesign.client.RequestValidationException;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.ChannelAttempt;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.OmniRequestWriter;
import dev.cascade.telesign.message.RcsUrlAction;
import dev.cascade.telesign.message.RequestValidator;
import dev.cascade.telesign.message.Violation;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code send}: an RCS link button (any {@code --rcs-*}/{@code --url*} flag) followed by an SMS fallback
 * ({@code --sms-text}), in that order; either may be left out. Prints Telesign's answer as JSON.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Send an RCS link-button message that falls back to SMS; prints the result as JSON.")
final class SendCommand implements Callable<Integer> {

    @ParentCommand
    TelesignCli cli;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--to", required = true, paramLabel = "PHONE",
            description = "recipient, country code first (15558675309; '+', spaces and dashes are removed)")
    String to;

    @Option(names = "--message-type", paramLabel = "ARN|MKT|OTP", converter = Converters.Type.class,
            description = "traffic category: ARN alerts, MKT marketing, OTP one-time passwords")
    MessageType messageType;

    @Option(names = "--rcs-text", paramLabel = "TEXT", description = "RCS text above the link button")
    String rcsText;

    @Option(names = "--url", paramLabel = "URL", description = "where the button leads (fully-qualified http/https)")
    String url;

    @Option(names = "--url-text", paramLabel = "TEXT", description = "the button's label")
    String urlText;

    @Option(names = "--url-id", paramLabel = "ID", description = "an id for the link (sent as url_id or url_payload)")
    String urlId;

    @Option(names = "--fallback-time", paramLabel = "SECONDS",
            description = "how long RCS may take before Telesign falls back to SMS, 30-3600 (Telesign's default: 300)")
    Integer fallbackTime;

    @Option(names = "--sms-text", paramLabel = "TEXT", description = "the SMS fallback's text")
    String smsText;

    @Option(names = "--external-id", paramLabel = "ID", description = "your own id, echoed in callbacks (<= 100 ASCII)")
    String externalId;

    @Option(names = "--callback-url", paramLabel = "URL", description = "this message's callbacks go here")
    String callbackUrl;

    @Option(names = "--sender-id", paramLabel = "ID", description = "sender id, where the account allows one")
    String senderId;

    @Option(names = "--dry-run", description = "validate and print the JSON body instead of sending (no credentials needed)")
    boolean dryRun;

    @Override
    public Integer call() throws TelesignException {
        OmniMessageRequest request = request();
        if (dryRun) {
            List<Violation> violations = RequestValidator.validate(request, connection.wireFormat());
            if (!violations.isEmpty()) {
                throw new RequestValidationException(violations);
            }
            cli.spec.commandLine().getOut().println(TelesignJson.pretty(
                    OmniRequestWriter.toJson(request, connection.wireFormat())));
            return TelesignCli.OK;
        }
        SendResult result = connection.client(cli, cli.credentials()).send(request);
        cli.spec.commandLine().getOut().println(TelesignJson.pretty(toJson(result)));
        return TelesignCli.OK;
    }

    OmniMessageRequest request() {
        boolean rcs = rcsText != null || url != null || urlText != null || urlId != null;
        if (fallbackTime != null && !rcs) {
            throw new TelesignCli.UsageException("--fallback-time applies to the RCS channel: give the RCS flags too");
        }
        OmniMessageRequest.Builder builder = OmniMessageRequest.builder()
                .phoneNumber(normalizePhone(to))
                .messageType(messageType)
                .externalId(externalId)
                .callbackUrl(callbackUrl)
                .senderId(senderId);
        if (rcs) {
            ChannelAttempt attempt = fallbackTime == null
                    ? ChannelAttempt.of(Channel.RCS) : ChannelAttempt.withFallback(Channel.RCS, fallbackTime);
            builder.channel(attempt, new RcsUrlAction(rcsText, url, urlText, urlId));
        }
        if (smsText != null) {
            builder.smsFallback(smsText);
        }
        return builder.build();
    }

    /** Operators paste numbers as they see them: {@code +1 (555) 867-5309} means 15558675309. */
    static String normalizePhone(String phone) {
        String digits = phone.strip().replaceAll("[\\s().-]", "");
        return digits.startsWith("+") ? digits.substring(1) : digits;
    }

    private static ObjectNode toJson(SendResult result) {
        ObjectNode root = TelesignJson.object();
        root.put("reference_id", result.referenceId().value());
        root.putObject("status").put("code", result.status().value()).put("description", result.description());
        root.put("external_id", result.externalId().orElse(null));
        return root;
    }
}
