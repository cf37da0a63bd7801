package dev.cascade.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.telesign.status.ReferenceId;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the search text can name, and the cursor tokens of keyset paging. */
class MessageSearchTest {

    private static final Instant FROM = Instant.parse("2031-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-04-01T00:00:00Z");

    private static MessageSearch search(String text) {
        return new MessageSearch(Optional.ofNullable(text), Optional.empty(), FROM, TO, Optional.empty(), 50);
    }

    @Test
    void aTelesignIdInAnyCaseIsAReferenceId() {
        assertThat(search(" 0123456789abcdef0123456789abcdef ").referenceId())
                .contains(ReferenceId.of("0123456789ABCDEF0123456789ABCDEF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5309", "+15558675309", "15558675309", "09"})
    void twoToFifteenDigitsAreTheEndOfAPhoneNumber(String text) {
        assertThat(search(text).phoneDigits()).contains(text.replace("+", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "1234567890123456", "55 5309", "order-17", "5309x"})
    void otherTextsAreNotPhoneDigits(String text) {
        assertThat(search(text).phoneDigits()).isEmpty();
    }

    @Test
    void anyTextCanBeAnExternalId() {
        assertThat(search(" order 17 ").externalId()).contains("order 17");
        assertThat(search(" order 17 ").referenceId()).isEmpty();
    }

    @Test
    void aBlankTextIsNoText() {
        assertThat(search("  ").text()).isEmpty();
        assertThat(search("  ").externalId()).isEmpty();
    }

    @Test
    void pagesHoldOneToFiveHundredMessages() {
        assertThatThrownBy(() -> new MessageSearch(Optional.empty(), Optional.empty(), FROM, TO, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCursorTokenKeepsMicroseconds() {
        MessageSearch.Cursor cursor = new MessageSearch.Cursor(Instant.parse("2031-03-10T14:37:12.345678Z"), 42);

        assertThat(cursor.token()).isEqualTo("1930919832345678-42");
        assertThat(MessageSearch.Cursor.parse(cursor.token())).contains(cursor);
    }

    @Property
    void everyCursorOfAStoredTimeSurvivesItsToken(@ForAll @LongRange(min = 0, max = 4_102_444_800_000_000L) long micros,
                                                  @ForAll @LongRange(min = 1) long id) {
        MessageSearch.Cursor cursor = new MessageSearch.Cursor(Instant.EPOCH.plusNanos(micros * 1000), id);

        assertThat(MessageSearch.Cursor.parse(cursor.token())).contains(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12", "-12", "12-", "1-2-3", "12-99999999999999999999", "1.5-3"})
    void aMalformedTokenIsNoCursor(String token) {
        assertThat(MessageSearch.Cursor.parse(token)).isEmpty();
    }
}
