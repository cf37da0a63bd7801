package dev.cascade.telesign.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCodeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "3000, DELIVERED", "3005, READ", "3004, LIKELY_DELIVERED",
            "3001, IN_PROGRESS", "3002, IN_PROGRESS", "3100, IN_PROGRESS", "3101, IN_PROGRESS",
            "3200, IN_PROGRESS", "3202, IN_PROGRESS", "3306, IN_PROGRESS",
            "3003, FAILED", "3006, FAILED", "3030, FAILED", "3033, FAILED", "3041, FAILED", "3042, FAILED",
            "3043, FAILED", "3044, FAILED", "3053, FAILED", "3054, FAILED", "3055, FAILED", "3056, FAILED",
            "3059, FAILED", "3072, FAILED", "3073, FAILED", "3112, FAILED", "3204, FAILED", "3205, FAILED",
            "3207, FAILED", "3209, FAILED", "3102, FAILED", "3400, FAILED", "3500, FAILED",
            "3007, UNKNOWN", "3029, UNKNOWN", "3060, UNKNOWN", "9999, UNKNOWN", "200, UNKNOWN",
    })
    void everyCodeFamilyHasItsKind(int code, StatusKind kind) {
        assertThat(StatusCode.of(code).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"3000, true", "3005, true", "3004, true", "3056, true", "3001, false", "3002, false", "3007, false"})
    void finalityFollowsTheKind(int code, boolean isFinal) {
        assertThat(StatusCode.of(code).isFinal()).isEqualTo(isFinal);
    }

    @ParameterizedTest
    @CsvSource({"3000, true", "3005, true", "3004, false", "3056, false", "3001, false"})
    void onlyHandsetConfirmedCodesCountAsDelivered(int code, boolean delivered) {
        assertThat(StatusCode.of(code).kind().isDelivered()).isEqualTo(delivered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3056|Message failed to deliver in specified fallback time", "3001|Message in progress"})
    void publishedCodesHaveTheirMeaning(int code, String meaning) {
        assertThat(StatusCode.of(code).meaning()).contains(meaning);
    }
}
