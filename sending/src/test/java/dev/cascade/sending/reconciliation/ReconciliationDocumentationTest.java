package dev.cascade.sending.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every reconciliation setting is a row of docs/operations.md's settings table, with the default the code uses. */
class ReconciliationDocumentationTest {

    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");

    @Test
    void everySettingIsDocumentedWithItsDefault() throws Exception {
        List<String> rows = Files.readAllLines(OPERATIONS).stream().filter(line -> line.startsWith("| `")).toList();
        List<ConfigProperty> settings = Arrays.stream(ReconciliationSettings.class.getConstructors())
                .flatMap(c -> Arrays.stream(c.getParameters()))
                .map(p -> p.getAnnotation(ConfigProperty.class)).filter(Objects::nonNull).toList();

        assertThat(settings).hasSize(11);
        for (ConfigProperty setting : settings) {
            String defaultShown = setting.name().equals("jboss.node.name") ? "the host name" : "`" + setting.defaultValue() + "`";
            assertThat(rows).as(setting.name() + " with default " + defaultShown)
                    .anyMatch(row -> row.startsWith("| `" + setting.name() + "` | " + defaultShown + " |"));
        }
    }
}
