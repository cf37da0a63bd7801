package dev.cascade.it.reconciliation;

import dev.cascade.it.support.ItConfig;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Configures the running server for {@link ReconciliationIT} before its EAR is deployed, through WildFly's
 * management API (system properties, which MicroProfile Config reads), and takes it all back afterwards so the
 * next test class finds the server as it was: Cascade's client pointed at the simulator, every callback lost, one
 * request a second, reconciliation on a test's time scale — and a dashboard user, since the test server has none.
 */
public class ReconciliationServer implements ServerSetupTask {

    static final String USER = "recon-it-admin";
    static final String PASSWORD = "recon-it-" + Long.toHexString(System.nanoTime());
    private static final String REALM = "ApplicationRealm";

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("TELESIGN_BASE_URL", "http://127.0.0.1:" + ItConfig.baseUrl().getPort() + "/telesign-simulator");
        p.put("simulator.callback.drop-share", "1");
        // One a second: any run that finds two messages due meets a 429.
        p.put("simulator.rate-limit", "1");
        p.put("cascade.dashboard.test-sends-per-minute", "100");
        // Longer than the six test sends take, so that several messages fall due together (and meet the limit).
        p.put("cascade.reconcile.min-age-seconds", "8");
        p.put("cascade.reconcile.repeat-seconds", "2");
        p.put("cascade.reconcile.interval-seconds", "2");
        p.put("cascade.reconcile.backoff-seconds", "1");
        p.put("cascade.reconcile.max-backoff-seconds", "2");
        return p;
    }

    private byte[] usersBefore;
    private byte[] rolesBefore;

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        for (Map.Entry<String, String> property : properties().entrySet()) {
            ModelNode add = operation("add", property.getKey());
            add.get("value").set(property.getValue());
            execute(client, add);
        }
        Path config = configDir(client);
        usersBefore = Files.readAllBytes(config.resolve("application-users.properties"));
        rolesBefore = Files.readAllBytes(config.resolve("application-roles.properties"));
        // As add-user.sh writes it: HEX(MD5(user:realm:password)); the realm re-reads the files when they change.
        String hash = String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5")
                .digest((USER + ":" + REALM + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        Files.writeString(config.resolve("application-users.properties"), "\n" + USER + "=" + hash + "\n", StandardOpenOption.APPEND);
        Files.writeString(config.resolve("application-roles.properties"), "\n" + USER + "=admin,analyst\n", StandardOpenOption.APPEND);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        Path config = configDir(client);
        if (usersBefore != null) {
            Files.write(config.resolve("application-users.properties"), usersBefore);
            Files.write(config.resolve("application-roles.properties"), rolesBefore);
        }
        for (String name : properties().keySet()) {
            client.getControllerClient().execute(operation("remove", name));
        }
    }

    private static Path configDir(ManagementClient client) throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("path", "jboss.server.config.dir");
        read.get("name").set("path");
        return Path.of(execute(client, read).asString());
    }

    private static ModelNode operation(String name, String property) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").add("system-property", property);
        return op;
    }

    private static ModelNode execute(ManagementClient client, ModelNode op) throws Exception {
        ModelNode result = client.getControllerClient().execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(op + " failed: " + result.get("failure-description"));
        }
        return result.get("result");
    }
}
