package dev.cascade.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Ends with these digits": a prefix of the reversed number, searched as a range of the index. */
class PhoneSearchTest {

    @ParameterizedTest(name = "numbers reversed starting {0} sort before {1}")
    @CsvSource({"9035, 9036", "1239, 124", "1999, 2", "80, 81"})
    void theRangeEndsAtTheNextPrefix(String prefix, String end) {
        assertThat(MessageListing.Match.prefixEnd(prefix)).contains(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "99", "999999999999999"})
    void nothingFollowsAllNines(String prefix) {
        assertThat(MessageListing.Match.prefixEnd(prefix)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5309, 9035", "15558675309, 90357685551"})
    void theSearchLooksForTheDigitsBackwards(String digits, String reversed) {
        assertThat(MessageListing.Match.phoneEndingWith(digits).parameters()).containsEntry("phoneFrom", reversed)
                .containsEntry("phoneLike", reversed + "%");
    }
}
