package dev.cascade.bench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataSpecTest {

    private static final Instant NOW = Instant.parse("2026-11-27T16:00:00.750Z");

    private static DataSpec at(String schema) {
        return new DataSpec(10_000_000, 90, DataSpec.SEED, schema, NOW);
    }

    @Test
    void theSameMessagesAtTheSameSchemaAreReusedWhenEverTheyWereLoaded() {
        assertThat(at("3").key()).isEqualTo(new DataSpec(10_000_000, 90, DataSpec.SEED, "3", NOW.plusSeconds(86_400)).key());
        assertThat(at("3").end()).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
    }

    @Test
    void anOlderSchemaOfTheSameMessagesIsMigratedForwardButNeverBackward() {
        assertThat(at("3").upgrades(at("2.1"))).isTrue();
        assertThat(at("10").upgrades(at("9"))).as("versions compare as numbers, not text").isTrue();
        assertThat(at("2.1").upgrades(at("3"))).isFalse();
        assertThat(at("3").upgrades(at("3"))).isFalse();
    }

    @Test
    void otherMessagesAreLoadedAgainWhateverTheSchema() {
        DataSpec smaller = new DataSpec(200_000, 90, DataSpec.SEED, "2.1", NOW);
        DataSpec otherSeed = new DataSpec(10_000_000, 90, 7, "2.1", NOW);

        assertThat(at("3").upgrades(smaller)).isFalse();
        assertThat(at("3").upgrades(otherSeed)).isFalse();
    }

    @Test
    void nonsenseSpecsAreRefused() {
        assertThatThrownBy(() -> new DataSpec(0, 90, 1, "3", NOW)).hasMessageContaining("at least one message");
        assertThatThrownBy(() -> new DataSpec(10, 0, 1, "3", NOW)).hasMessageContaining("days must be");
    }
}
