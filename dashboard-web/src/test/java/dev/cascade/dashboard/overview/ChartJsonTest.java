package dev.cascade.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void textCannotCloseTheScriptBlock() {
        ChartTable table = new ChartTable("x", "</script><script>alert(1)</script>", "bar", "messages",
                List.of("a & b"), List.of(List.of("<b>", 1)));

        String json = ChartJson.of(List.of(table));

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .contains("\\u003c/script\\u003e");
    }
}
