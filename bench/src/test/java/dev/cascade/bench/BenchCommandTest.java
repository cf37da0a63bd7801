package dev.cascade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class BenchCommandTest {

    @Test
    void allGivesEveryBenchmarkItsOwnDefaultsAndTheSharedOptions() {
        BenchOptions shared = BenchOptions.defaults(Path.of("/repo"), true);

        List<Callable<Integer>> benchmarks = BenchCommand.All.prepared(shared);

        assertThat(benchmarks).hasSize(5);
        CommandSpec ingest = new CommandLine(benchmarks.get(0)).getCommandSpec();
        // The same object picocli filled: its own option has its default, the shared ones what `all` was given.
        assertThat(benchmarks.get(0)).isInstanceOf(dev.cascade.bench.ingest.IngestBench.class);
        assertThat(ingest.findOption("--heap")).isNotNull();
        assertThat((String) ingest.findOption("--heap").getValue()).isEqualTo("512m");
        assertThat((Boolean) ingest.findOption("--smoke").getValue()).isTrue();
        assertThat(ingest.findOption("--root").getValue().toString()).isEqualTo("/repo");
        assertThat((Integer) ingest.findOption("--port-offset").getValue()).isEqualTo(300);
        CommandSpec faults = new CommandLine(benchmarks.get(4)).getCommandSpec();
        assertThat((String) faults.findOption("--db-stop-command").getValue()).isEqualTo("pg_ctlcluster 15 main stop -m fast");
        assertThat((Boolean) faults.findOption("--smoke").getValue()).isTrue();
    }

    @Test
    void theSharedOptionsGoBackToArgumentsUnchanged() {
        BenchOptions options = BenchOptions.defaults(Path.of("/repo"), false);

        assertThat(options.asArguments()).containsExactly("--root", "/repo", "--db-host", "127.0.0.1", "--db-port", "5432",
                "--db-user", "cascade", "--db-password", "cascade", "--port-offset", "300");
    }
}
