package dev.cascade.bench.startup;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** How long a second ./cascade demo takes to answer. */
@Command(name = "startup", mixinStandardHelpOptions = true, description = "How long a second ./cascade demo takes to answer.")
public final class StartupBench implements Benchmark, Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        throw new UnsupportedOperationException("startup: to be written");
    }
}
