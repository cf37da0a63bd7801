package dev.cascade.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes and a real HTTP server stand in for WildFly: a launcher that traps SIGTERM as ./cascade demo does. */
class LaunchedTest {

    /**
     * A launcher like ./cascade demo: starts a child naming the base directory, relays SIGTERM to it, waits, exits 0.
     * The trap is set before the child starts, and {@link #ready} written once the child's pid is known, so a test
     * that waits for it never signals a launcher that cannot relay yet.
     */
    private static List<String> launcher(Path base) {
        return List.of("bash", "-c", "trap 'kill -TERM $child; wait $child; exit 0' TERM; "
                + child(base) + " & child=$!; : > '" + ready(base) + "'; wait $child");
    }

    private static Path ready(Path base) {
        return base.resolveSibling(base.getFileName() + ".launcher-ready");
    }

    /** A stand-in for the WildFly JVM: a process that runs 5 minutes with the base directory option on its command line. */
    private static String child(Path base) {
        return "perl -e 'sleep 300' -- -Djboss.server.base.dir=" + base;
    }

    @Test
    void aStopBySigtermLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        try (Launched launched = Launched.launch("fake demo", launcher(base), dir, dir.resolve("log/out.log"), Map.of(), base, freePort())) {
            awaitChild(base);
            awaitLauncher(base);
            assertThat(Readiness.processesNaming("-Djboss.server.base.dir=" + base)).isNotEmpty();

            Launched.Stopped stopped = launched.stop();

            assertThat(stopped.clean()).as(stopped.detail()).isTrue();
            assertThat(stopped.exitCode()).contains(0);
            assertThat(Readiness.processesNaming("-Djboss.server.base.dir=" + base)).isEmpty();
        }
    }

    @Test
    void closingKillsWhatAFailedRunLeftRunning(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        // Ignores SIGTERM: only close() can end it.
        List<String> stubborn = List.of("bash", "-c", "trap '' TERM; " + child(base) + " & wait");
        Launched launched = Launched.launch("stubborn", stubborn, dir, dir.resolve("out.log"), Map.of(), base, freePort());
        awaitChild(base);

        launched.close();

        launched.process().waitFor();
        Thread.sleep(200);
        assertThat(Readiness.processesNaming("-Djboss.server.base.dir=" + base)).isEmpty();
    }

    @Test
    void readinessIsTheFirst200AndAnExitedLauncherIsAClearError(@TempDir Path dir) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dashboard/login", exchange -> {
            exchange.sendResponseHeaders(asked.incrementAndGet() < 3 ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dashboard/login");
        Path base = dir.resolve("base");
        try (Launched launched = Launched.launch("fake demo", launcher(base), dir, dir.resolve("out.log"), Map.of(), base, freePort())) {
            Duration took = launched.awaitOk(url, Duration.ofSeconds(30));

            assertThat(asked.get()).isEqualTo(3);
            assertThat(took).isPositive();
            launched.stop();
        } finally {
            server.stop(0);
        }
        try (Launched exited = Launched.launch("broken demo", List.of("bash", "-c", "exit 3"), dir, dir.resolve("out2.log"), Map.of(),
                base, freePort())) {
            assertThatThrownBy(() -> exited.awaitOk(URI.create("http://127.0.0.1:" + freePort() + "/"), Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken demo exited (status 3)");
        }
    }

    @Test
    void theBareServersBaseHasTheConfigurationAndNoDeployments(@TempDir Path dir) throws Exception {
        Path jbossHome = dir.resolve("wildfly");
        Files.createDirectories(jbossHome.resolve("standalone/configuration"));
        Files.writeString(jbossHome.resolve("standalone/configuration/standalone-demo.xml"), "<server/>");
        Path base = dir.resolve("bare");
        Files.createDirectories(base.resolve("deployments"));
        Files.writeString(base.resolve("deployments/left-over.ear"), "old");

        StartupBench.prepareBareBase(jbossHome, base);

        assertThat(base.resolve("configuration/standalone-demo.xml")).hasContent("<server/>");
        try (var deployments = Files.list(base.resolve("deployments"))) {
            assertThat(deployments).isEmpty();
        }
    }

    private static void awaitChild(Path base) throws InterruptedException {
        for (int i = 0; i < 100 && Readiness.processesNaming("-Djboss.server.base.dir=" + base).isEmpty(); i++) {
            Thread.sleep(50);
        }
    }

    /** Until {@link #launcher} can relay SIGTERM to its child. */
    private static void awaitLauncher(Path base) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(ready(base)); i++) {
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
