package dev.cascade.telesign.cli;

import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.json.TelesignJson;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.ReferenceId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code status REFERENCE_ID}: Telesign's current view of a message, printed as a callback would read. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Look up a message's status (GET /v1/omnichannel/{reference_id}); prints it as JSON.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    TelesignCli cli;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "REFERENCE_ID", description = "the id Telesign returned for the send")
    String referenceId;

    @Override
    public Integer call() throws TelesignException {
        ReferenceId id;
        try {
            id = ReferenceId.of(referenceId);
        } catch (IllegalArgumentException e) {
            throw new TelesignCli.UsageException("REFERENCE_ID: " + e.getMessage());
        }
        DeliveryReport report = connection.client(cli, cli.credentials()).status(id);
        cli.spec.commandLine().getOut().println(TelesignJson.pretty(DeliveryReportWriter.toJson(report)));
        return TelesignCli.OK;
    }
}
