package dev.cascade.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.telesign.status.StatusCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FaultsBenchTest {

    @Test
    void aReadOrLikelyDeliveredMessageHasTheFateOfADeliveredOne() {
        assertThat(List.of(3000, 3005, 3004).stream().map(c -> FaultsBench.fate(new StatusCode(c))).distinct())
                .containsExactly("delivered");
        assertThat(FaultsBench.fate(new StatusCode(3003))).isEqualTo("failed");
        assertThat(FaultsBench.fate(new StatusCode(3001))).isEqualTo("in progress");
    }

    @Test
    void scenariosAreNamedAsOnTheCommandLine() {
        FaultsBench bench = new FaultsBench();
        new CommandLine(bench).parseArgs("--scenario", "kill,db-restart", "--scenario", "LOST");

        assertThat(bench.scenarios).containsExactly(FaultsBench.Scenario.KILL, FaultsBench.Scenario.DB_RESTART, FaultsBench.Scenario.LOST);
        assertThatThrownBy(() -> new CommandLine(new FaultsBench()).parseArgs("--scenario", "flood"))
                .isInstanceOf(CommandLine.ParameterException.class);
    }
}
