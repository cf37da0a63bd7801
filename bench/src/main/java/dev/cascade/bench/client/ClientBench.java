package dev.cascade.bench.client;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** api-client sends per second against a bare java.net.http client, 32 threads. */
@Command(name = "client", mixinStandardHelpOptions = true, description = "api-client sends per second against a bare java.net.http client, 32 threads.")
public final class ClientBench implements Benchmark, Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        throw new UnsupportedOperationException("client: to be written");
    }
}
