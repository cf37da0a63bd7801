package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimelinePlannerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final ReferenceId REF = ReferenceId.of("35C8B5D509BC10689196FED2AD551B8A");
    /** Exact delays (no spread): 3 s RCS, 5 s SMS, 300 s to a carrier failure, 60 s to a read receipt. */
    private static final DeliveryDelays EXACT = new DeliveryDelays(Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(300), Duration.ofSeconds(60), 0);

    private static final String IPHONE = "15558675360";
    private static final String ANDROID = "15558675310";
    private static final String UNREACHABLE = "15558675397";

    private int issued;

    @Test
    void anIphoneWaitsOutTheFallbackTimeThenGetsTheSms() {
        Timeline timeline = planner(0).plan(guide(IPHONE, 600), REF, T0);

        assertThat(timeline.steps()).extracting(Step::offset)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(600), Duration.ofSeconds(605));
        assertThat(codes(timeline)).containsExactly(
                List.of(tuple("rcs", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3000)));
        assertThat(timeline.steps()).extracting(s -> s.report().status().orElseThrow())
                .extracting(s -> s.code().value(), s -> s.lastChannel().orElseThrow().name())
                .containsExactly(tuple(3001, "rcs"), tuple(3001, "sms"), tuple(3000, "sms"));
    }

    @Test
    void theIphonesCallbacksCarrySimulatedTimeInBothOfTheGuidesFormats() {
        Timeline timeline = planner(0).plan(guide(IPHONE, 600), REF, T0);

        DeliveryReport fallback = timeline.step(1).report();
        ChannelStatus rcs = fallback.channel(Channel.RCS).orElseThrow();
        assertThat(rcs.description()).isEqualTo("Message failed to deliver in specified fallback time");
        assertThat(rcs.updatedOn()).contains(TelesignTimestamp.of(T0.plusSeconds(600)));
        assertThat(rcs.updatedOn().orElseThrow().raw()).isEqualTo("2026-11-27 10:10:00.000");

        DeliveryReport delivered = timeline.last().report();
        OverallStatus status = delivered.status().orElseThrow();
        assertThat(status.description()).isEqualTo("Delivered");
        assertThat(status.updatedOn().orElseThrow().raw()).isEqualTo("2026-11-27 10:10:05:000");
        assertThat(status.updatedOn().orElseThrow().instant()).contains(T0.plusSeconds(605));
        assertThat(delivered.channel(Channel.RCS)).contains(rcs);
        assertThat(timeline.step(0).report().status().orElseThrow().updatedOn().orElseThrow().raw())
                .isEqualTo("2026-11-27 10:00:00:000");
    }

    @Test
    void eachChannelSendGetsItsOwnReferenceIdButNotWhileInProgress() {
        Timeline timeline = planner(0).plan(guide(IPHONE, 600), REF, T0);

        assertThat(timeline.step(0).report().channel(Channel.RCS).orElseThrow().referenceId()).isEmpty();
        assertThat(timeline.step(1).report().channel(Channel.SMS).orElseThrow().referenceId()).isEmpty();
        ReferenceId rcsSend = timeline.step(1).report().channel(Channel.RCS).orElseThrow().referenceId().orElseThrow();
        ReferenceId smsSend = timeline.step(2).report().channel(Channel.SMS).orElseThrow().referenceId().orElseThrow();
        assertThat(rcsSend).isNotEqualTo(smsSend).isNotEqualTo(REF);
        assertThat(List.of(rcsSend, smsSend)).allMatch(ReferenceId::isTelesignShaped);
        assertThat(timeline.steps()).allMatch(s -> s.report().referenceId().equals(REF));
    }

    @Test
    void anAndroidPhoneGetsTheRcs() {
        Timeline timeline = planner(0).plan(guide(ANDROID, 600), REF, T0);

        assertThat(timeline.steps()).extracting(Step::offset).containsExactly(Duration.ZERO, Duration.ofSeconds(3));
        assertThat(codes(timeline)).containsExactly(List.of(tuple("rcs", 3001)), List.of(tuple("rcs", 3000)));
        assertThat(timeline.last().report().channel(Channel.SMS)).as("SMS is never tried").isEmpty();
    }

    @Test
    void anAndroidPhoneMayReadTheRcsLater() {
        Timeline timeline = planner(1).plan(guide(ANDROID, 600), REF, T0);

        assertThat(timeline.steps()).extracting(Step::offset)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(63));
        assertThat(codes(timeline)).containsExactly(
                List.of(tuple("rcs", 3001)), List.of(tuple("rcs", 3000)), List.of(tuple("rcs", 3005)));
        assertThat(timeline.step(2).report().channel(Channel.RCS).orElseThrow().referenceId())
                .as("the read receipt belongs to the same send")
                .isEqualTo(timeline.step(1).report().channel(Channel.RCS).orElseThrow().referenceId());
        assertThat(timeline.last().report().status().orElseThrow().description()).isEqualTo("Message is read");
    }

    @Test
    void anUnreachablePhoneEndsInTheCarriersFailure() {
        Timeline timeline = planner(0).plan(guide(UNREACHABLE, 120), REF, T0);

        assertThat(timeline.steps()).extracting(Step::offset)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(120), Duration.ofSeconds(420));
        assertThat(codes(timeline).get(2)).containsExactly(tuple("rcs", 3056), tuple("sms", 3033));
        assertThat(timeline.last().report().status().orElseThrow().description()).isEqualTo("Message expired");
    }

    @Test
    void anSmsOnlyMessageStartsAtSms() {
        AcceptedRequest smsOnly = new AcceptedRequest(IPHONE,
                List.of(new PlannedChannel(Channel.SMS, PlannedChannel.DEFAULT_FALLBACK_TIME, true)), Optional.of("o-1"), Optional.empty());

        Timeline timeline = planner(0).plan(smsOnly, REF, T0);

        assertThat(codes(timeline)).containsExactly(List.of(tuple("sms", 3001)), List.of(tuple("sms", 3000)));
        assertThat(timeline.steps()).allMatch(s -> s.report().externalId().equals(Optional.of("o-1")));
    }

    @Test
    void anRcsDeliverySlowerThanTheFallbackTimeCascadesAnyway() {
        TimelinePlanner slowRcs = new TimelinePlanner(new TimelineSettings(HandsetShares.DEFAULTS,
                new DeliveryDelays(Duration.ofSeconds(90), Duration.ofSeconds(5), Duration.ofSeconds(300), Duration.ofSeconds(60), 0),
                0, List.of(ChannelResult.failure(3033))), this::nextId);

        Timeline timeline = slowRcs.plan(guide(ANDROID, 60), REF, T0);

        assertThat(codes(timeline)).containsExactly(List.of(tuple("rcs", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3001)), List.of(tuple("rcs", 3056), tuple("sms", 3000)));
    }

    @Test
    void rcsAsTheOnlyChannelOnAnIphoneEndsWhenTheFallbackTimeRunsOut() {
        AcceptedRequest rcsOnly = new AcceptedRequest(IPHONE,
                List.of(new PlannedChannel(Channel.RCS, Duration.ofSeconds(300), true)), Optional.empty(), Optional.empty());

        Timeline timeline = planner(0).plan(rcsOnly, REF, T0);

        assertThat(codes(timeline)).containsExactly(List.of(tuple("rcs", 3001)), List.of(tuple("rcs", 3056)));
        assertThat(timeline.last().offset()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aChannelWithoutContentReportsNoTemplateAndTheNextStartsAtOnce() {
        AcceptedRequest request = new AcceptedRequest(ANDROID, List.of(
                new PlannedChannel(Channel.VIBER, Duration.ofSeconds(60), false),
                new PlannedChannel(Channel.WHATSAPP, Duration.ofSeconds(60), true)), Optional.empty(), Optional.empty());

        Timeline timeline = planner(0).plan(request, REF, T0);

        assertThat(codes(timeline)).containsExactly(
                List.of(tuple("viber", 3112), tuple("whatsapp", 3001)),
                List.of(tuple("viber", 3112), tuple("whatsapp", 3000)));
    }

    @Test
    void channelsAreTriedInTheRequestsOrder() {
        AcceptedRequest request = new AcceptedRequest(IPHONE, List.of(
                new PlannedChannel(Channel.RCS, Duration.ofSeconds(30), true),
                new PlannedChannel(Channel.WHATSAPP, Duration.ofSeconds(60), true),
                new PlannedChannel(Channel.SMS, PlannedChannel.DEFAULT_FALLBACK_TIME, true)), Optional.empty(), Optional.empty());

        Timeline timeline = planner(0).plan(request, REF, T0);

        assertThat(codes(timeline).get(timeline.size() - 1)).containsExactly(tuple("rcs", 3056), tuple("whatsapp", 3000));
    }

    @Test
    void theSpreadVariesDelaysAlikeForTheSameMessageAndWithinBounds() {
        TimelinePlanner spread = new TimelinePlanner(new TimelineSettings(HandsetShares.DEFAULTS, DeliveryDelays.DEFAULTS, 0,
                List.of(ChannelResult.failure(3033))), this::nextId);

        Timeline once = spread.plan(guide(ANDROID, 600), REF, T0);
        Timeline again = spread.plan(guide(ANDROID, 600), REF, T0);
        List<Duration> others = IntStream.range(0, 50).mapToObj(i -> spread.plan(guide(ANDROID, 600),
                ReferenceId.of(String.format("%032X", i)), T0).last().offset()).toList();

        assertThat(once.last().offset()).isEqualTo(again.last().offset());
        assertThat(others).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(2400), Duration.ofMillis(3600)));
        assertThat(others.stream().distinct().count()).isGreaterThan(10);
    }

    private TimelinePlanner planner(double readProbability) {
        return new TimelinePlanner(new TimelineSettings(HandsetShares.DEFAULTS, EXACT, readProbability,
                List.of(ChannelResult.failure(3033))), this::nextId);
    }

    private ReferenceId nextId() {
        return ReferenceId.of(String.format("65C77D4A6C5C09085694EFB6C554%04X", ++issued));
    }

    /** The guide's message: RCS with the given fallback time, then SMS. */
    static AcceptedRequest guide(String phoneNumber, int fallbackSeconds) {
        return new AcceptedRequest(phoneNumber, List.of(
                new PlannedChannel(Channel.RCS, Duration.ofSeconds(fallbackSeconds), true),
                new PlannedChannel(Channel.SMS, PlannedChannel.DEFAULT_FALLBACK_TIME, true)), Optional.empty(), Optional.empty());
    }

    /** Per step, the growing channel_status list as (channel, code) pairs. */
    static List<List<org.assertj.core.groups.Tuple>> codes(Timeline timeline) {
        return timeline.steps().stream().map(s -> s.report().channels().stream()
                .map(c -> tuple(c.channel().name(), c.code().value())).toList()).toList();
    }
}
