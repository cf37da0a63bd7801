package dev.cascade.telesign.cli;

import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.client.RequestValidationException;
import dev.cascade.telesign.client.TelesignApiException;
import dev.cascade.telesign.client.TelesignConnectionException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar telesign-cli.jar send|status|verify-callback ...}: an operator's tool for talking
 * to Telesign as Cascade does. Credentials come only from the environment ({@code TELESIGN_CUSTOMER_ID},
 * {@code TELESIGN_API_KEY}) so they never show in the process list or the shell history.
 */
@Command(name = "telesign-cli",
        mixinStandardHelpOptions = true,
        versionProvider = TelesignCli.Version.class,
        description = "Send Telesign omnichannel messages (RCS link button with SMS fallback), look up "
                + "their status, and check callback signatures.",
        subcommands = {SendCommand.class, StatusCommand.class, VerifyCallbackCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {"  TELESIGN_CUSTOMER_ID, TELESIGN_API_KEY   the account's credentials",
                "  TELESIGN_BASE_URL                        default https://rest-ww.telesign.com",
                "%nExit codes: 0 ok, 1 callback signature invalid, 2 bad usage or invalid request, "
                        + "3 Telesign answered with an error, 4 connection problem."})
public final class TelesignCli implements Runnable {

    public static final int OK = 0;
    public static final int INVALID_SIGNATURE = 1;
    public static final int USAGE = 2;
    public static final int TELESIGN_ERROR = 3;
    public static final int CONNECTION = 4;

    static final String ENV_CUSTOMER_ID = "TELESIGN_CUSTOMER_ID";
    static final String ENV_API_KEY = "TELESIGN_API_KEY";
    static final String ENV_BASE_URL = "TELESIGN_BASE_URL";

    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    TelesignCli(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.getenv(), out, err, args));
    }

    /** Runs one command line with the given environment; returns the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new TelesignCli(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            int code = exitCodeOf(e);
            if (e instanceof RequestValidationException invalid) {
                w.println("The request is invalid and was not sent:");
                invalid.violations().forEach(v -> w.println("  " + v));
            } else {
                w.println("error: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
            }
            w.flush();
            return code;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int exitCodeOf(Exception e) {
        if (e instanceof RequestValidationException || e instanceof UsageException) {
            return USAGE;
        }
        if (e instanceof TelesignApiException) {
            return TELESIGN_ERROR;
        }
        if (e instanceof TelesignConnectionException) {
            return CONNECTION;
        }
        return USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: send, status or verify-callback");
    }

    String env(String name) {
        return env.get(name);
    }

    /** The account's credentials from the environment, or a usage error naming what is missing. */
    Credentials credentials() {
        String customerId = env.getOrDefault(ENV_CUSTOMER_ID, "");
        String apiKey = env.getOrDefault(ENV_API_KEY, "");
        if (customerId.isBlank() || apiKey.isBlank()) {
            throw new UsageException("set " + ENV_CUSTOMER_ID + " and " + ENV_API_KEY + " in the environment");
        }
        return new Credentials(customerId, apiKey);
    }

    /** A usage problem discovered after parsing (missing environment, unreadable file). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TelesignCli.class.getPackage().getImplementationVersion();
            return new String[] {"telesign-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
