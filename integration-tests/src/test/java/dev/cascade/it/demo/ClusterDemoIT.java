package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.DemoProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code ./cascade cluster-demo} as docs/scaling.md tells a user to run it: two WildFly nodes on one
 * PostgreSQL ledger (a database of its own, made afresh), each node's simulator calling back to the other
 * node. Both dashboards must show the same numbers, the demo traffic must be sent by one node only, and
 * Ctrl-C must stop every node.
 */
@Order(100)
class ClusterDemoIT {

    private static final int OFFSET = Integer.parseInt(System.getProperty("arq.port.offset", "0"));
    private static final int PORT = 18400 + OFFSET;
    private static final String DATABASE = "cascade_it_cluster_" + OFFSET;
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    @Test
    void twoNodesOnOneLedgerShowTheSameNumbersAndSendTheTrafficOnce() throws Exception {
        freshDatabase();
        DemoProcess cluster = DemoProcess.launch("cluster-demo", "cluster-demo", PORT,
                Map.of("CASCADE_DB_URL", SERVER + DATABASE, "CASCADE_ANALYST_PASSWORD", PASSWORD, "CASCADE_ADMIN_PASSWORD", PASSWORD),
                "--nodes", "2", "--traffic", "120", "--compression", "300", "--no-build");
        try {
            // The launcher prints the nodes' URLs just after the line DemoProcess waited for.
            await().atMost(Duration.ofSeconds(30)).until(() -> cluster.output().contains("Press Ctrl-C to stop every node."));
            assertThat(cluster.output()).contains("node-1  dashboard http://127.0.0.1:" + PORT + "/dashboard/")
                    .contains("node-2  dashboard http://127.0.0.1:" + (PORT + 100) + "/dashboard/");
            // Messages sent by one node, called back to the other, delivered.
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> count("SELECT count(*) FROM message WHERE outcome <> 'PENDING'") >= 20);

            List<String> senders = new ArrayList<>();
            for (int node = 1; node <= 2; node++) {
                if (serverLog(node).contains("demo traffic: this node (node-" + node + ") sends the cluster's")) {
                    senders.add("node-" + node);
                }
            }
            assertThat(senders).as("nodes that sent the demo traffic").hasSize(1);
            assertThat(count("SELECT count(*) FROM job_lease WHERE name = 'demo-traffic' AND holder LIKE '" + senders.get(0) + "#%'"))
                    .isEqualTo(1);

            DashboardSession one = DashboardSession.signedIn("http://127.0.0.1:" + PORT, "analyst", PASSWORD);
            DashboardSession two = DashboardSession.signedIn("http://127.0.0.1:" + (PORT + 100), "analyst", PASSWORD);
            // Traffic keeps flowing: compare the two nodes between two equal readings of the first.
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                String before = csv(one);
                String other = csv(two);
                String after = csv(one);
                assertThat(before).isEqualTo(after);
                assertThat(other).isEqualTo(before);
            });
            assertThat(csv(one).lines().count()).as("outcome rows besides the header").isGreaterThan(1);
        } finally {
            assertThat(cluster.stop()).as("./cascade cluster-demo stopped on SIGTERM").isTrue();
        }
        assertThat(cluster.output()).contains("== stopping 2 node(s)").contains("== stopped");
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("target/cluster/node-")))
                .as("WildFly nodes left running").isEmpty();
    }

    private static String csv(DashboardSession session) {
        var answer = session.get("/export/outcome-split.csv?range=24h&tz=UTC");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static String serverLog(int node) throws IOException {
        return Files.readString(DemoProcess.ROOT.resolve("target/cluster/node-" + node + "/log/server.log"));
    }

    private static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "cascade", "cascade"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "cascade", "cascade"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
