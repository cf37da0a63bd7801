package dev.cascade.bench.ingest;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.report.BenchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Callback ingestion: signed callbacks from 64 connections for 60 s against the no-op endpoint and pgbench. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Callback ingestion: signed callbacks from 64 connections for 60 s against the no-op endpoint and pgbench.")
public final class IngestBench implements Benchmark, Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        throw new UnsupportedOperationException("ingest: to be written");
    }
}
