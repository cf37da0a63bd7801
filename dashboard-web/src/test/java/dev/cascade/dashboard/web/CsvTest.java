package dev.cascade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainValuesStayPlain() {
        assertThat(Csv.line(List.of("2026-11-27", 70, 12.5))).isEqualTo("2026-11-27,70,12.5\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.line(List.of("a,b", "say \"hi\"", "two\nlines"))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void formulasAreDefusedButNegativeNumbersAreNot() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-5", "-2.5")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'@SUM(A1)\",-5,-2.5\r\n");
    }

    @Test
    void aLeadingTabOrCarriageReturnIsDefusedToo() {
        assertThat(Csv.line(List.of("\t=1+1", "\r=1+1"))).isEqualTo("\"'\t=1+1\",\"'\r=1+1\"\r\n");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Csv.line(Arrays.asList("a", null, "c"))).isEqualTo("a,,c\r\n");
    }
}
