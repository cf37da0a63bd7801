package dev.cascade.ledger.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every retention setting is a row of docs/operations.md's settings table, with the default the code uses. */
class RetentionDocumentationTest {

    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");

    @Test
    void everySettingIsDocumentedWithItsDefault() throws Exception {
        List<String> rows = Files.readAllLines(OPERATIONS).stream().filter(line -> line.startsWith("| `")).toList();
        List<ConfigProperty> settings = Arrays.stream(RetentionSettings.class.getConstructors())
                .flatMap(c -> Arrays.stream(c.getParameters()))
                .map(p -> p.getAnnotation(ConfigProperty.class)).filter(Objects::nonNull).toList();

        assertThat(settings).hasSize(7);
        for (ConfigProperty setting : settings) {
            if (setting.name().equals("jboss.node.name")) {
                assertThat(rows).as(setting.name()).anyMatch(row -> row.startsWith("| `jboss.node.name` |"));
                continue;
            }
            String defaultShown = setting.defaultValue().equals("0") ? "`0` (keep)" : "`" + setting.defaultValue() + "`";
            assertThat(rows).as(setting.name() + " with default " + defaultShown)
                    .anyMatch(row -> row.startsWith("| `" + setting.name() + "` | " + defaultShown + " |"));
        }
    }
}
