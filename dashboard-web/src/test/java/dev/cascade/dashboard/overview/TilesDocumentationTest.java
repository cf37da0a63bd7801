package dev.cascade.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.reporting.OutcomeCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a tile says on hover is what {@code docs/metrics.md} says, word for word. */
class TilesDocumentationTest {

    /** Surefire runs in the module's directory; the documentation is the repository's. */
    private static final Path METRICS = Path.of("..", "docs", "metrics.md");

    @Test
    void everyTilesDefinitionIsQuotedInTheMetricsDocumentation() throws IOException {
        String documentation = Files.readString(METRICS, StandardCharsets.UTF_8);
        List<Tile> tiles = OverviewPage.tiles(OutcomeCounts.none());

        assertThat(tiles).hasSize(6);
        assertThat(tiles).allSatisfy(tile ->
                assertThat(documentation).contains("| " + tile.label() + " | " + tile.definition() + " |"));
    }
}
