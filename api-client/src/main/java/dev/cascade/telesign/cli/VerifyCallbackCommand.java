package dev.cascade.telesign.cli;

import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.callback.SignatureCheck;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.MalformedReportException;
import dev.cascade.telesign.status.ParsedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code verify-callback}: is this captured callback signed with our key? The first question when
 * Cascade rejects Telesign's callbacks. Also says what the body contains, and catches the most common
 * capture mistake (a trailing newline added by the tool that saved the body).
 */
@Command(name = "verify-callback", mixinStandardHelpOptions = true,
        description = "Check a captured callback's signature against TELESIGN_API_KEY; exit 0 if valid, 1 if not.")
final class VerifyCallbackCommand implements Callable<Integer> {

    @ParentCommand
    TelesignCli cli;

    @Option(names = "--body", required = true, paramLabel = "FILE", description = "the raw body, byte for byte ('-' for stdin)")
    String body;

    @Option(names = "--authorization", paramLabel = "HEADER", description = "the Authorization header's value")
    String authorization;

    @Option(names = "--x-ts-authorization", paramLabel = "HEADER", description = "the X-TS-Authorization header's value")
    String xTsAuthorization;

    @Override
    public Integer call() {
        if (authorization == null && xTsAuthorization == null) {
            throw new TelesignCli.UsageException("give --authorization and/or --x-ts-authorization");
        }
        byte[] bytes = read();
        CallbackSignatures signatures = new CallbackSignatures(cli.credentials());
        SignatureCheck check = signatures.verify(bytes, authorization, xTsAuthorization);
        PrintWriter out = cli.spec.commandLine().getOut();
        if (check.isValid()) {
            out.println("valid: signed by customer " + cli.credentials().maskedCustomerId() + " with the configured key");
        } else {
            out.println("invalid (" + check.verdict() + "): " + check.reason());
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\n'
                    && signatures.verify(Arrays.copyOf(bytes, bytes.length - 1), authorization, xTsAuthorization).isValid()) {
                out.println("hint: the signature is valid without the file's final newline;"
                        + " the capture added it, Telesign did not send it");
            }
        }
        describe(bytes, out);
        return check.isValid() ? TelesignCli.OK : TelesignCli.INVALID_SIGNATURE;
    }

    private byte[] read() {
        try {
            return body.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(body));
        } catch (IOException e) {
            throw new TelesignCli.UsageException("cannot read " + body + ": " + e.getMessage());
        }
    }

    private static void describe(byte[] bytes, PrintWriter out) {
        try {
            ParsedReport parsed = DeliveryReportParser.parse(bytes);
            DeliveryReport report = parsed.report();
            out.println("body: delivery report for " + report.referenceId()
                    + report.status().map(s -> ", status " + s.code() + " " + s.description()
                    + s.lastChannel().map(c -> " (last channel " + c + ")").orElse("")).orElse("")
                    + ", " + report.channels().size() + " channel status(es)");
            parsed.warnings().forEach(w -> out.println("warning: " + w));
        } catch (MalformedReportException e) {
            out.println("body: not a readable delivery report: " + e.getMessage());
        }
    }
}
