package dev.cascade.telesign.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryReportParserTest {

    private static ParsedReport parse(String json) throws MalformedReportException {
        return DeliveryReportParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String withChannel(String channelJson) {
        return """
                {"reference_id": "35C8B5D509BC10689196FED2AD551B8A",
                 "status": {"code": 3001, "description": "Message in progress", "last_channel": "rcs"},
                 "channel_status": [%s]}""".formatted(channelJson);
    }

    @Test
    void guidesCallbackExampleReadsCompletely() throws Exception {
        ParsedReport parsed = DeliveryReportParser.parse(Fixtures.bytes("guide-callback.json"));
        DeliveryReport report = parsed.report();

        assertThat(parsed.warnings()).isEmpty();
        assertThat(report.referenceId()).isEqualTo(ReferenceId.of("35C8B5D509BC10689196FED2AD551B8A"));
        assertThat(report.externalId()).as("the string \"null\" means no external id").isEmpty();
        OverallStatus status = report.status().orElseThrow();
        assertThat(status.code()).isEqualTo(StatusCode.DELIVERED);
        assertThat(status.description()).isEqualTo("Delivered");
        assertThat(status.lastChannel()).contains(Channel.SMS);
        assertThat(status.updatedOn().flatMap(TelesignTimestamp::instant)).contains(Instant.parse("2020-05-04T22:07:01.226Z"));

        assertThat(report.channels()).extracting(ChannelStatus::channel).containsExactly(Channel.RCS, Channel.SMS);
        ChannelStatus rcs = report.channel(Channel.RCS).orElseThrow();
        assertThat(rcs.code()).isEqualTo(StatusCode.FALLBACK_TIME_ELAPSED);
        assertThat(rcs.description()).isEqualTo("Message failed to deliver in specified fallback time");
        assertThat(rcs.referenceId()).contains(ReferenceId.of("65C77D4A6C5C09085694EFB6C554D2BF"));
        assertThat(rcs.updatedOn().flatMap(TelesignTimestamp::instant)).contains(Instant.parse("2020-05-04T22:05:00.325Z"));
        ChannelStatus sms = report.channel(Channel.SMS).orElseThrow();
        assertThat(sms.code()).isEqualTo(StatusCode.DELIVERED);
        assertThat(sms.referenceId()).contains(ReferenceId.of("65C77D4A6C5C09085694EFB6C558B4C7"));
    }

    @Test
    void nulCharactersInTextAreReplacedWithAWarningSoTheCallbackCanBeStored() throws Exception {
        ParsedReport parsed = DeliveryReportParser.parse("""
                {"reference_id": "35C8B5D509BC10689196FED2AD551B8A", "external_id": "order\\u00007",
                 "status": {"code": 3000, "description": "Deliv\\u0000ered", "updated_on": "2020-05-04 22:07:01:226\\u0000"},
                 "channel_status": [{"sms": {"code": 3000, "description": "\\u0000"}}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parsed.report().externalId()).contains("order\uFFFD7");
        assertThat(parsed.report().status().orElseThrow().description()).isEqualTo("Deliv\uFFFDered");
        assertThat(parsed.report().channel(Channel.SMS).orElseThrow().description()).isEqualTo("\uFFFD");
        assertThat(parsed.warnings()).contains("external_id: NUL characters replaced", "status.description: NUL characters replaced",
                "channel_status.0.sms.description: NUL characters replaced");
        assertThat(String.join("", parsed.warnings())).doesNotContain("\u0000");
    }

    @Test
    void readReceiptIsAnRcsStatusOfItsOwn() throws Exception {
        DeliveryReport report = parse(withChannel(
                "{\"rcs\": {\"code\": 3005, \"description\": \"Read\", \"reference_id\": \"65C77D4A6C5C09085694EFB6C554D2BF\","
                        + " \"updated_on\": \"2024-11-12T13:08:37.000000Z\"}}")).report();

        assertThat(report.channel(Channel.RCS).orElseThrow().code().kind()).isEqualTo(StatusKind.READ);
    }

    @Test
    void channelStillInProgressMayHaveNoReferenceId() throws Exception {
        ParsedReport parsed = parse(withChannel("{\"rcs\": {\"code\": 3001, \"description\": \"Message in progress\"}}"));

        ChannelStatus rcs = parsed.report().channel(Channel.RCS).orElseThrow();
        assertThat(rcs.referenceId()).isEmpty();
        assertThat(rcs.updatedOn()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void unknownFieldsAndChannelsAreAcceptedAndIgnored() throws Exception {
        DeliveryReport report = parse("""
                {"reference_id": "35c8b5d509bc10689196fed2ad551b8a", "external_id": "order-7", "price": 0.02,
                 "status": {"code": "3000", "description": "Delivered", "last_channel": "whatsapp", "extra": {"a": [1]}},
                 "channel_status": [{"whatsapp": {"code": 3000, "description": "Delivered", "carrier": "x"}}],
                 "submit_timestamp": "whenever"}""").report();

        assertThat(report.referenceId().value()).isEqualTo("35C8B5D509BC10689196FED2AD551B8A");
        assertThat(report.externalId()).contains("order-7");
        assertThat(report.status().orElseThrow().code()).isEqualTo(StatusCode.DELIVERED);
        assertThat(report.channel(Channel.WHATSAPP)).isPresent();
    }

    @Test
    void missingOptionalFieldsAreFine() throws Exception {
        DeliveryReport report = parse("{\"reference_id\": \"ABC\", \"status\": {\"code\": 3001}}").report();

        assertThat(report.externalId()).isEmpty();
        assertThat(report.channels()).isEmpty();
        assertThat(report.status().orElseThrow().description()).isEmpty();
        assertThat(report.status().orElseThrow().lastChannel()).isEmpty();
    }

    @Test
    void channelStatusAsAPlainObjectIsAlsoRead() throws Exception {
        DeliveryReport report = parse("""
                {"reference_id": "ABC", "channel_status": {"rcs": {"code": 3056}, "sms": {"code": 3000}}}""").report();

        assertThat(report.channels()).extracting(ChannelStatus::channel).containsExactly(Channel.RCS, Channel.SMS);
        assertThat(report.status()).isEmpty();
    }

    @Test
    void unreadableTimestampIsAWarningNotAFailure() throws Exception {
        ParsedReport parsed = parse(withChannel("{\"rcs\": {\"code\": 3000, \"updated_on\": \"last tuesday\"}}"));

        ChannelStatus rcs = parsed.report().channel(Channel.RCS).orElseThrow();
        assertThat(rcs.updatedOn().map(TelesignTimestamp::raw)).contains("last tuesday");
        assertThat(rcs.updatedOn().flatMap(TelesignTimestamp::instant)).isEmpty();
        assertThat(parsed.warnings()).containsExactly("channel_status[0].rcs.updated_on: unreadable timestamp 'last tuesday'");
    }

    @Test
    void malformedChannelReferenceIdIsAWarning() throws Exception {
        ParsedReport parsed = parse(withChannel("{\"rcs\": {\"code\": 3000, \"reference_id\": \"not/an id\"}}"));

        assertThat(parsed.report().channel(Channel.RCS).orElseThrow().referenceId()).isEmpty();
        assertThat(parsed.warnings()).singleElement().asString().startsWith("channel_status[0].rcs.reference_id");
    }

    @Test
    void statusLookupsMayNameTheMessageOnlyInTheUrl() throws Exception {
        ReferenceId known = ReferenceId.of("35C8B5D509BC10689196FED2AD551B8A");

        DeliveryReport report = DeliveryReportParser.parse("{\"status\": {\"code\": 3001}}".getBytes(StandardCharsets.UTF_8),
                Optional.of(known)).report();

        assertThat(report.referenceId()).isEqualTo(known);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "not JSON                 | {\"reference_id\": | ``",
            "empty body               | ``                 | ``",
            "an array                 | [1,2]              | ``",
            "trailing garbage         | {\"reference_id\": \"A\", \"status\": {\"code\": 3000}} x | ``",
            "no reference id          | {\"status\": {\"code\": 3000}} | reference_id",
            "reference id a number    | {\"reference_id\": 12, \"status\": {\"code\": 3000}} | reference_id",
            "reference id with spaces | {\"reference_id\": \"a b\", \"status\": {\"code\": 3000}} | reference_id",
            "status a string          | {\"reference_id\": \"A\", \"status\": \"delivered\"} | status",
            "code missing             | {\"reference_id\": \"A\", \"status\": {\"description\": \"x\"}} | status.code",
            "code not a number        | {\"reference_id\": \"A\", \"status\": {\"code\": \"ok\"}} | status.code",
            "code a fraction          | {\"reference_id\": \"A\", \"status\": {\"code\": 3000.5}} | status.code",
            "code too big             | {\"reference_id\": \"A\", \"status\": {\"code\": 99999999999}} | status.code",
            "channel list a string    | {\"reference_id\": \"A\", \"channel_status\": \"rcs\"} | channel_status",
            "channel entry a number   | {\"reference_id\": \"A\", \"channel_status\": [3000]} | channel_status[0]",
            "channel name not a name  | {\"reference_id\": \"A\", \"channel_status\": [{\"<b>\": {\"code\": 1}}]} | channel_status[0]",
            "channel code missing     | {\"reference_id\": \"A\", \"channel_status\": [{\"sms\": {}}]} | channel_status[0].sms.code",
            "nothing to report        | {\"reference_id\": \"A\"} | ``",
            "external id an object    | {\"reference_id\": \"A\", \"external_id\": {}, \"status\": {\"code\": 1}} | external_id",
            "duplicate key            | {\"reference_id\": \"A\", \"reference_id\": \"B\", \"status\": {\"code\": 1}} | ``",
    })
    void malformedReportsNameTheOffendingField(String name, String json, String path) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(MalformedReportException.class)
                .satisfies(e -> assertThat(((MalformedReportException) e).path()).isEqualTo(path));
    }

    @Test
    void deeplyNestedBodiesAreRefused() {
        String deep = "{\"reference_id\": \"A\", \"x\": " + "[".repeat(100) + "]".repeat(100) + ", \"status\": {\"code\": 1}}";

        assertThatThrownBy(() -> parse(deep)).isInstanceOf(MalformedReportException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = "{\"reference_id\": \"A\", \"status\": {\"code\": 1, \"description\": \"\u00e9\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DeliveryReportParser.parse(body)).isInstanceOf(MalformedReportException.class);
    }

    @Test
    void writerOutputReadsBackToTheSameReport() throws Exception {
        DeliveryReport guide = DeliveryReportParser.parse(Fixtures.bytes("guide-callback.json")).report();

        DeliveryReport again = DeliveryReportParser.parse(DeliveryReportWriter.write(guide)).report();

        assertThat(again).isEqualTo(guide);
        assertThat(Fixtures.json(DeliveryReportWriter.write(guide)).get("external_id").isNull()).isTrue();
    }
}
