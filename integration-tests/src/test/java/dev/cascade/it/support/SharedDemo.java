package dev.cascade.it.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code ./cascade demo} for all the demo's tests of a run (three days of history, a message a
 * second of live traffic, simulated time 300x), started before the first; {@code CascadeDemoIT}, which
 * runs last, stops it and checks it is gone. (Two demos at once would share {@code target/demo}.) It runs
 * with this run's random {@link DemoSecrets} — passwords and Telesign account — never the launcher's
 * defaults, so {@code SecretsIT} can look for them in every log and page.
 */
public final class SharedDemo implements BeforeAllCallback {

    public static final int PORT = 18180 + Integer.parseInt(System.getProperty("arq.port.offset", "0"));
    private static final DemoSecrets SECRETS = DemoSecrets.random();
    private static volatile DemoProcess demo;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(SharedDemo.class.getName(),
                key -> start(), DemoProcess.class);
    }

    private static DemoProcess start() {
        DemoProcess started = DemoProcess.start("shared-demo", PORT, SECRETS.environment(), "--traffic", "60", "--history", "3d", "--compression", "300");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> DemoProcess.count("select count(*) from message where external_id like 'history-%'") >= 1200);
        demo = started;
        return started;
    }

    public static DemoProcess demo() {
        if (demo == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedDemo.class)");
        }
        return demo;
    }

    public static DemoSecrets secrets() {
        return SECRETS;
    }

    /** The demo user's password for this run ({@code admin} or {@code analyst}). */
    public static String password(String user) {
        return SECRETS.password(user);
    }

    /** A dashboard session signed in as the demo user {@code admin} or {@code analyst}. */
    public static DashboardSession signedIn(String user) {
        return DashboardSession.signedIn(demo().baseUrl(), user, password(user));
    }
}
