package dev.cascade.bench;

import dev.cascade.bench.client.ClientBench;
import dev.cascade.bench.dashboard.DashboardBench;
import dev.cascade.bench.faults.FaultsBench;
import dev.cascade.bench.ingest.IngestBench;
import dev.cascade.bench.startup.StartupBench;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./cascade bench <ingest|dashboard|client|startup|faults|all>}: each benchmark starts what it needs,
 * measures against a baseline taken in the same run, checks the results are correct, prints a table
 * and writes JSON under {@code target/bench/}. The exit code is non-zero only when a correctness
 * check fails: timings are reported against their targets, never asserted.
 */
@Command(name = "cascade bench", mixinStandardHelpOptions = true,
        description = "Measures Cascade against its performance targets (docs/benchmarks.md).",
        subcommands = {IngestBench.class, DashboardBench.class, ClientBench.class, StartupBench.class, FaultsBench.class,
                BenchCommand.All.class})
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    /** Every benchmark in turn, each on a quiet machine (they never overlap). */
    @Command(name = "all", description = "ingest, dashboard, client, startup and faults, one after the other.")
    static final class All implements Callable<Integer> {

        @Mixin
        BenchOptions options;

        @Override
        public Integer call() throws Exception {
            int worst = 0;
            for (Callable<Integer> benchmark : prepared(options)) {
                worst = Math.max(worst, benchmark.call());
            }
            return worst;
        }

        /**
         * The five benchmarks, each parsed by picocli from {@code all}'s options: a benchmark made with
         * {@code new} alone would have none of its own options' defaults (heap, duration, ...).
         */
        static List<Callable<Integer>> prepared(BenchOptions options) {
            List<Callable<Integer>> benchmarks = List.of(new IngestBench(), new DashboardBench(), new ClientBench(), new StartupBench(),
                    new FaultsBench());
            String[] arguments = options.asArguments().toArray(String[]::new);
            benchmarks.forEach(benchmark -> new CommandLine(benchmark).parseArgs(arguments));
            return benchmarks;
        }
    }
}
