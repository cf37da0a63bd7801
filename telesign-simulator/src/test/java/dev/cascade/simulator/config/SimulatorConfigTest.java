package dev.cascade.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.simulator.delivery.CallbackLoss;
import dev.cascade.simulator.delivery.ChannelResult;
import dev.cascade.simulator.delivery.DeliveryDelays;
import dev.cascade.simulator.delivery.HandsetShares;
import dev.cascade.simulator.delivery.RetrySchedule;
import dev.cascade.simulator.delivery.TimeCompression;
import dev.cascade.simulator.delivery.TimelineSettings;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The defaults are in the annotations (a war in an EAR has no config file WildFly reads): they must be valid. */
class SimulatorConfigTest {

    /** Surefire runs in the module's directory; the documentation is the repository's. */
    private static final Path DOCS = Path.of("..", "docs", "simulator.md");

    @Test
    void theDefaultsInTheAnnotationsAreTheDocumentedOnes() throws ReflectiveOperationException {
        SimulatorConfig config = withDefaults();

        assertThat(config.account()).isEmpty();
        assertThat(config.timeline()).isEqualTo(TimelineSettings.DEFAULTS);
        assertThat(config.timeline().shares()).isEqualTo(HandsetShares.DEFAULTS);
        assertThat(config.timeline().delays()).isEqualTo(DeliveryDelays.DEFAULTS);
        assertThat(config.timeline().failures()).containsExactly(ChannelResult.failure(3033));
        assertThat(config.callbackUrl()).isEqualTo(URI.create("http://localhost:8080/callbacks/telesign"));
        assertThat(config.retrySchedule()).isEqualTo(RetrySchedule.TELESIGN);
        assertThat(config.callbackTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.callbackThreads()).isEqualTo(4);
        assertThat(config.timeCompression()).isEqualTo(TimeCompression.NONE);
        assertThat(config.rateLimit()).isZero();
        assertThat(config.callbackLoss()).isEqualTo(CallbackLoss.NONE);
        assertThat(config.maxClockSkew()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.retention()).isEqualTo(Duration.ofHours(12));
        assertThat(config.maxMessages()).isEqualTo(100_000);
    }

    @Test
    void theAccountNeedsBothParts() throws ReflectiveOperationException {
        SimulatorConfig config = withDefaults();
        config.customerId = Optional.of(" FFFFFFFF-EEEE-DDDD-1234-AB1234567890 ");

        assertThat(config.account()).isEmpty();
        config.apiKey = Optional.of("c2VjcmV0");
        assertThat(config.account().orElseThrow().customerId()).isEqualTo("FFFFFFFF-EEEE-DDDD-1234-AB1234567890");
    }

    @Test
    void anUnusableSettingNamesItself() throws ReflectiveOperationException {
        SimulatorConfig config = withDefaults();
        config.rcsShare = 0.8;
        config.timeCompression = 0;

        assertThatThrownBy(config::timeline).hasMessageContaining("simulator.share.*");
        assertThatThrownBy(config::timeCompression).hasMessageContaining("simulator.time-compression");
    }

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        String documentation = Files.readString(DOCS, StandardCharsets.UTF_8);

        for (Field field : SimulatorConfig.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property == null) {
                continue;
            }
            assertThat(documentation).as(property.name()).contains("`" + property.name() + "`");
            if (!property.defaultValue().equals(ConfigProperty.UNCONFIGURED_VALUE)) {
                assertThat(documentation).as(property.name() + " default")
                        .contains("| `" + property.name() + "` | `" + property.defaultValue() + "` |");
            }
        }
    }

    /** A config as MicroProfile Config would inject it with nothing configured. */
    static SimulatorConfig withDefaults() throws ReflectiveOperationException {
        SimulatorConfig config = new SimulatorConfig();
        List<String> unset = new ArrayList<>();
        for (Field field : SimulatorConfig.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property == null) {
                continue;
            }
            String value = property.defaultValue();
            Class<?> type = field.getType();
            if (type == Optional.class) {
                field.set(config, Optional.empty());
            } else if (type == double.class) {
                field.setDouble(config, Double.parseDouble(value));
            } else if (type == int.class) {
                field.setInt(config, Integer.parseInt(value));
            } else if (type == String.class) {
                field.set(config, value);
            } else {
                unset.add(field.getName());
            }
        }
        assertThat(unset).as("fields of a type this test cannot fill").isEmpty();
        return config;
    }
}
