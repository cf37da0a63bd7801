package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchBaselineTest {

    private static final String OUTPUT = """
            pgbench (15.10 (Debian 15.10-0+deb12u1))
            transaction type: /tmp/ingest-one-callback.sql
            scaling factor: 1
            query mode: prepared
            number of clients: 64
            number of threads: 2
            maximum number of tries: 1
            duration: 5 s
            number of transactions actually processed: 7312
            number of failed transactions: 0 (0.000%)
            latency average = 43.921 ms
            initial connection time = 91.344 ms
            tps = 1457.165021 (without initial connection time)
            """;

    @Test
    void readsThroughputTransactionsFailuresAndLatency() {
        PgbenchBaseline.Result result = PgbenchBaseline.parse(OUTPUT);

        assertThat(result.tps()).isEqualTo(1457.165021);
        assertThat(result.transactions()).isEqualTo(7312);
        assertThat(result.failed()).isZero();
        assertThat(result.latencyAverageMillis()).isEqualTo(43.921);
    }

    @Test
    void outputWithoutThroughputIsAClearError() {
        assertThatThrownBy(() -> PgbenchBaseline.parse("pgbench: error: connection to server failed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no tps");
    }

    @Test
    void theScriptWritesEveryTableOneCallbackWrites() throws Exception {
        String script = PgbenchBaseline.script();

        assertThat(script).contains("INSERT INTO message", "FOR UPDATE \\gset", "INSERT INTO callback_receipt",
                "INSERT INTO status_history", "INSERT INTO channel_status", "UPDATE message SET", "INSERT INTO outcome_rollup",
                "INSERT INTO delivery_time_rollup", ":messages");
        assertThat(script.indexOf("BEGIN;")).isLessThan(script.indexOf("INSERT INTO message"));
        assertThat(script.strip()).endsWith("END;");
    }
}
