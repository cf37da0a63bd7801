package dev.cascade.telesign.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelesignTimestampTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Every format seen in Telesign's own documents (PROTOCOL.md)
            "2020-05-04 22:07:01:226        | 2020-05-04T22:07:01.226Z",
            "2020-05-04 22:05:00.325        | 2020-05-04T22:05:00.325Z",
            "2024-11-12T13:08:37.000000Z    | 2024-11-12T13:08:37Z",
            "2016-10-21T14:05:36.181346Z    | 2016-10-21T14:05:36.181346Z",
            "Thu, 23 Jun 2022 19:03:44 GMT  | 2022-06-23T19:03:44Z",
            // Near relatives a lenient reader should also take
            "2020-05-04 22:07:01            | 2020-05-04T22:07:01Z",
            "2020-05-04T22:07:01+02:00      | 2020-05-04T20:07:01Z",
            "2020-05-04T22:07:01.5-0130     | 2020-05-04T23:37:01.5Z",
            "2020-05-04 22:07:01.123456789  | 2020-05-04T22:07:01.123456789Z",
            "1588629000                     | 2020-05-04T21:50:00Z",
            "1588629000123                  | 2020-05-04T21:50:00.123Z",
    })
    void readsTelesignsFormats(String raw, String expected) {
        TelesignTimestamp timestamp = TelesignTimestamp.parse(raw);

        assertThat(timestamp.instant()).contains(Instant.parse(expected));
        assertThat(timestamp.raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2020-13-45 25:61:61", "2020-05-04", "04/05/2020 22:07"})
    void unreadableTimestampsAreKeptWithoutAnInstant(String raw) {
        TelesignTimestamp timestamp = TelesignTimestamp.parse(raw);

        assertThat(timestamp.isParsed()).isFalse();
        assertThat(timestamp.raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-04T22:07:01.226Z", "1999-12-31T23:59:59Z"})
    void writtenTimestampsReadBackToTheSameInstant(String iso) {
        Instant instant = Instant.parse(iso);

        assertThat(TelesignTimestamp.parse(TelesignTimestamp.of(instant).raw()).instant()).contains(instant);
        assertThat(TelesignTimestamp.parse(TelesignTimestamp.guideStyle(instant).raw()).instant()).contains(instant);
    }
}
