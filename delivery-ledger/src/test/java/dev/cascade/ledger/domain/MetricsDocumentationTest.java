package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dashboard shows {@link Outcome#definition()}; {@code docs/metrics.md} must quote the very same text. */
class MetricsDocumentationTest {

    /** Surefire runs in the module's directory; the documentation is the repository's. */
    private static final Path METRICS = Path.of("..", "docs", "metrics.md");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Outcome.class)
    void metricsDocumentationQuotesEachOutcomeAsTheDashboardShowsIt(Outcome outcome) throws IOException {
        String documentation = Files.readString(METRICS, StandardCharsets.UTF_8);

        assertThat(documentation).contains("| `" + outcome.name() + "` | " + outcome.label() + " | " + outcome.definition()
                + " | " + yesNo(outcome.isDelivered()) + " | " + yesNo(outcome.isFinal()) + " |");
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
