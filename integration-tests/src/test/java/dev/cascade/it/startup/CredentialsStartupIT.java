package dev.cascade.it.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.ItConfig;
import dev.cascade.it.support.Reports;
import dev.cascade.it.support.StandaloneServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The production EAR without Telesign credentials, started as an operator would start it: it must refuse
 * to deploy (so nobody runs an unverified callback endpoint by mistake), unless verification is explicitly
 * switched off. Each case is its own WildFly on the embedded database, beside the Arquillian server.
 */
class CredentialsStartupIT {

    /** Beside the Arquillian server's ports (its offset + 300). */
    private static final int OFFSET = Integer.parseInt(System.getProperty("arq.port.offset", "0")) + 300;
    private static final Path EAR = Path.of(ItConfig.property("cascade.ear"));

    @Test
    void withoutCredentialsTheEarRefusesToDeployAndSaysWhy() {
        try (StandaloneServer server = start("startup-no-credentials", Map.of())) {
            StandaloneServer.Deployment deployment = server.awaitDeployment();

            assertThat(deployment.deployed()).as("deployed without credentials").isFalse();
            String why = "Cascade refuses to start callback verification without credentials: set TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY";
            assertThat(deployment.failure()).contains(why);
            assertThat(server.serverLog()).contains(why).contains("cascade.callbacks.verify-signatures=false");
            // Nothing is served: not the callback endpoint, not the dashboard.
            assertThat(status(server, "/callbacks/telesign")).isEqualTo(404);
            assertThat(status(server, "/dashboard/login")).isEqualTo(404);
        }
    }

    @Test
    void withVerificationExplicitlyOffItStartsWarnsAndAcceptsUnsignedCallbacks() {
        try (StandaloneServer server = start("startup-verification-off", Map.of("cascade.callbacks.verify-signatures", "false"))) {
            assertThat(server.awaitDeployment().deployed()).as("deployed with verification off").isTrue();
            assertThat(server.serverLog()).contains("CALLBACK SIGNATURE VERIFICATION IS OFF");

            HttpResponse<String> answer = CallbackClient.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/callbacks/telesign"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Reports.guideCallback(Reports.newReference()))).build());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(CallbackClient.json(answer).path("verdict").asText()).isEqualTo("APPLIED");

            // The production EAR and server bring no users: the demo's sign-ins do not work here.
            for (String user : List.of("admin", "analyst")) {
                HttpResponse<String> signIn = new DashboardSession(server.baseUrl()).signIn(user, user);
                assertThat(signIn.statusCode()).as("sign-in as %s/%s", user, user).isEqualTo(401);
                assertThat(signIn.body()).contains("Wrong username or password");
            }
        }
    }

    @Test
    void theProductionEarCarriesNoUsersOrRoles() throws Exception {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(EAR)) {
            list("", in, entries);
        }
        assertThat(entries).anyMatch(name -> name.endsWith("dashboard-web.war!WEB-INF/web.xml"))
                .noneMatch(name -> name.matches("(?i).*(users|roles)\\.properties"));
    }

    /** Every entry of an archive and of the archives inside it, as {@code outer.war!inner/path}. */
    private static void list(String prefix, InputStream archive, List<String> entries) throws java.io.IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries.add(prefix + entry.getName());
            if (entry.getName().endsWith(".war") || entry.getName().endsWith(".jar")) {
                list(prefix + entry.getName() + "!", new java.io.ByteArrayInputStream(zip.readAllBytes()), entries);
            }
        }
    }

    private static StandaloneServer start(String name, Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.put("cascade.db.url", "jdbc:h2:file:" + Path.of("target", name, "db", "cascade").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        all.put("cascade.db.user", "sa");
        all.put("cascade.db.password", "sa");
        return StandaloneServer.start(name, OFFSET, "standalone-demo.xml", EAR, all, Map.of());
    }

    private static int status(StandaloneServer server, String path) {
        return CallbackClient.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build()).statusCode();
    }
}
