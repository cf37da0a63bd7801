package dev.cascade.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void hotMethodsCountTopFramesAndPackagesCountEachSampleOnce() {
        List<List<String>> stacks = List.of(
                List.of("org.postgresql.core.PGStream.receive", "org.postgresql.jdbc.PgStatement.execute", "dev.cascade.ledger.infrastructure.JpaDeliveryLedger.apply"),
                List.of("org.postgresql.core.PGStream.receive", "org.postgresql.core.v3.QueryExecutorImpl.execute"),
                List.of("javax.crypto.Mac.doFinal", "dev.cascade.telesign.callback.CallbackSignatures.verify"),
                List.of());

        Profile.Summary summary = Profile.summarize(stacks, Map.of(5432, Duration.ofMillis(2500)));

        assertThat(summary.samples()).isEqualTo(3);
        assertThat(summary.hotMethods().get(0)).isEqualTo(new Profile.Share("org.postgresql.core.PGStream.receive", 2, 200.0 / 3));
        assertThat(summary.packages().get(0).name()).isEqualTo("org.postgresql.core");
        assertThat(summary.packages()).filteredOn(s -> s.name().equals("org.postgresql.jdbc")).extracting(Profile.Share::samples).containsExactly(1L);
        assertThat(summary.packages()).filteredOn(s -> s.name().equals("dev.cascade.ledger")).extracting(Profile.Share::samples).containsExactly(1L);
        assertThat(summary.selfPackages().get(0)).isEqualTo(new Profile.Share("org.postgresql.core", 2, 200.0 / 3));
        assertThat(summary.selfPackages().get(1).name()).isEqualTo("javax.crypto");
        assertThat(summary.text(10)).contains("CPU samples (jdk.ExecutionSample): 3", "66.7 %  org.postgresql.core.PGStream.receive",
                "2.5 s  port 5432");
    }

    @Test
    void packagesAreCutToThreeSegments() {
        assertThat(Profile.packageOf("org.hibernate.engine.spi.ActionQueue.executeActions")).isEqualTo("org.hibernate.engine");
        assertThat(Profile.packageOf("java.util.HashMap.get")).isEqualTo("java.util");
        assertThat(Profile.packageOf("Main.run")).isEqualTo("(default package)");
    }
}
