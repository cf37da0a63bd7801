package dev.cascade.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendTallyTest {

    @Test
    void talliesWrittenByTrialsAreReadBackAndAddedUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tally.tsv");
        new SendTally("telesignClient BASIC", 1200, 0, null).appendTo(file);
        new SendTally("telesignClient BASIC", 800, 2, "TelesignTimeoutException: no\tanswer\nin 15 s").appendTo(file);

        List<SendTally> tallies = SendTally.readAll(file);
        SendTally total = SendTally.sum("TelesignClient Basic", tallies);

        assertThat(tallies).hasSize(2);
        assertThat(tallies.get(0).firstFailure()).isEqualTo("-");
        assertThat(total.succeeded()).isEqualTo(2000);
        assertThat(total.failed()).isEqualTo(2);
        assertThat(total.sends()).isEqualTo(2002);
        assertThat(total.firstFailure()).isEqualTo("TelesignTimeoutException: no answer in 15 s");
    }

    @Test
    void noFileMeansNoTrialFinished(@TempDir Path dir) throws Exception {
        assertThat(SendTally.readAll(dir.resolve("missing.tsv"))).isEmpty();
        assertThat(SendTally.sum("x", List.of()).sends()).isZero();
    }

    @Test
    void aDamagedLineIsAClearError() {
        assertThatThrownBy(() -> SendTally.parse("bareHttpClient\tmany\t0\t-")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a tally line");
        assertThatThrownBy(() -> SendTally.parse("bareHttpClient 12 0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendTally("x", -1, 0, "-")).isInstanceOf(IllegalArgumentException.class);
    }
}
