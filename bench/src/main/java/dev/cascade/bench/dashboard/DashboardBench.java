package dev.cascade.bench.dashboard;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The dashboard at 10 million messages against a plain GROUP BY over the raw tables. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = "The dashboard at 10 million messages against a plain GROUP BY over the raw tables.")
public final class DashboardBench implements Benchmark, Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        throw new UnsupportedOperationException("dashboard: to be written");
    }
}
