package dev.cascade.bench.dashboard;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.Benchmark;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.bench.report.BenchReport;
import dev.cascade.bench.report.Machine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The dashboard at 10 million messages against a plain GROUP BY over the raw tables. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = "The dashboard at 10 million messages against a plain GROUP BY over the raw tables.")
public final class DashboardBench implements Benchmark, Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--reload", description = "Load the data set again even when the loaded one matches its spec.")
    boolean reload;

    @Option(names = "--messages", description = "Messages in the data set (default: 10,000,000; 200,000 with --smoke).")
    Long messages;

    @Override
    public Integer call() throws Exception {
        return run(options);
    }

    @Override
    public BenchReport measure(BenchOptions options) throws Exception {
        long count = messages != null ? messages : options.smoke() ? DataSpec.SMOKE : DataSpec.FULL;
        BenchDatabase database = new BenchDatabase(options, options.smoke() ? "cascade_bench_dashboard_smoke" : "cascade_bench_dashboard");
        DatasetLoader loader = new DatasetLoader(database, options, System.out);
        DatasetLoader.Loaded loaded = loader.ensure(loader.wanted(count, DataSpec.DAYS, DataSpec.SEED), reload);
        BenchReport report = new BenchReport("dashboard", Machine.here(database.serverVersion()));
        report.setting("messages", loaded.spec().messages());
        return report;
    }
}
