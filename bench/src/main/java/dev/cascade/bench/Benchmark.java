package dev.cascade.bench;

import dev.cascade.bench.report.BenchReport;

/** One of {@code ./cascade bench}'s benchmarks. */
public interface Benchmark {

    /** Measures, prints and writes the report; 0 when every correctness check passed, 1 otherwise. */
    default int run(BenchOptions options) throws Exception {
        BenchReport report = measure(options);
        report.print(System.out);
        report.write(options.outputDirectory());
        return report.allChecksPassed() ? 0 : 1;
    }

    BenchReport measure(BenchOptions options) throws Exception;
}
