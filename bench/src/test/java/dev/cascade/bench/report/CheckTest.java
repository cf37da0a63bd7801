package dev.cascade.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void oneTransportErrorInTenThousandExchangesIsAllowedAndNoMore() {
        assertThat(Check.transportErrors("t", 0, 500, "").passed()).isTrue();
        assertThat(Check.transportErrors("t", 1, 500, "").passed()).as("one is always allowed").isTrue();
        assertThat(Check.transportErrors("t", 2, 500, "").passed()).isFalse();
        assertThat(Check.transportErrors("t", 35, 346_888, "").passed()).isTrue();
        assertThat(Check.transportErrors("t", 36, 346_888, "").passed()).isFalse();
    }

    @Test
    void theDetailSaysHowManyWereAllowed() {
        assertThat(Check.transportErrors("t", 2, 346_888, "2 errors").detail())
                .isEqualTo("2 errors (at most 35 transport error(s) allowed for 346888 exchanges)");
    }

    @Test
    void equalShowsBothCounts() {
        Check check = Check.equal("receipts", 3, 4);

        assertThat(check.passed()).isFalse();
        assertThat(check.detail()).isEqualTo("expected 3, found 4");
    }
}
