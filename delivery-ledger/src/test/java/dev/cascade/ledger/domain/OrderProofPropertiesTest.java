package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.domain.StatusPrecedence.Candidate;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Telesign sends several callbacks per message, sometimes twice and out of order. The ledger keeps, per channel,
 * the status no other received status supersedes, and decides the outcome from those: so the same callbacks in
 * any order, any number of times, must leave the same statuses and the same verdict.
 */
class OrderProofPropertiesTest {

    /** Codes Telesign really sends on RCS and SMS, plus two it does not publish. */
    private static final List<Integer> REALISTIC_CODES = List.of(3000, 3001, 3002, 3003, 3004, 3005, 3006, 3033,
            3041, 3042, 3055, 3056, 3059, 3072, 3112, 3204, 3306, 3007, 9999);
    private static final Instant SENT = Instant.parse("2025-03-01T10:00:00Z");
    /** Telesign's cascade order, for channels Cascade did not name in its request. */
    private static final List<Channel> TRY_ORDER = List.of(Channel.RCS, Channel.SMS, Channel.WHATSAPP);

    /** One channel's status as one callback reported it. */
    record Report(Channel channel, Candidate status) {
    }

    @Provide
    Arbitrary<StatusCode> code() {
        return Arbitraries.of(REALISTIC_CODES).map(StatusCode::of);
    }

    @Provide
    Arbitrary<Candidate> candidate() {
        // Few distinct minutes, so that equal times (and the rank and code tie-breaks) are common.
        Arbitrary<Instant> times = Arbitraries.integers().between(0, 5).map(minute -> SENT.plusSeconds(60L * minute));
        return Combinators.combine(code(), times).as(Candidate::new);
    }

    @Provide
    Arbitrary<List<Candidate>> arrivals() {
        return candidate().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Report>> reports() {
        return Combinators.combine(Arbitraries.of(TRY_ORDER), candidate()).as(Report::new).list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<Channel>> requested() {
        return Arbitraries.of(List.of(List.of(), List.of(Channel.RCS), List.of(Channel.SMS), List.of(Channel.RCS, Channel.SMS),
                List.of(Channel.RCS, Channel.WHATSAPP), List.of(Channel.WHATSAPP, Channel.SMS)));
    }

    @Provide
    Arbitrary<Optional<StatusCode>> overall() {
        return code().optional();
    }

    @Property
    void storedStatusIsTheSameInAnyArrivalOrder(@ForAll("arrivals") List<Candidate> arrivals, @ForAll Random random) {
        assertThat(stored(shuffled(arrivals, random))).isEqualTo(stored(arrivals));
    }

    @Property
    void repeatedCallbacksChangeNothing(@ForAll("arrivals") List<Candidate> arrivals, @ForAll Random random) {
        assertThat(stored(withRepeats(arrivals, random))).isEqualTo(stored(arrivals));
    }

    @Property
    void storedStatusIsOneReceivedAndNoneReceivedSupersedesIt(@ForAll("arrivals") List<Candidate> arrivals) {
        Candidate stored = stored(arrivals);

        assertThat(arrivals).contains(stored);
        assertThat(arrivals).noneMatch(candidate -> StatusPrecedence.supersedes(candidate, stored));
        assertThat(stored).isEqualTo(Collections.max(arrivals, StatusPrecedence.ORDER));
    }

    @Property
    void aFinalStatusOnceReceivedIsNeverReopened(@ForAll("arrivals") List<Candidate> arrivals) {
        boolean anyFinal = arrivals.stream().anyMatch(candidate -> candidate.code().isFinal());

        assertThat(stored(arrivals).code().isFinal()).isEqualTo(anyFinal);
    }

    @Property
    void ofTwoDifferentStatusesExactlyOneSupersedesTheOther(@ForAll("candidate") Candidate a,
                                                            @ForAll("candidate") Candidate b) {
        boolean aOverB = StatusPrecedence.supersedes(a, b);
        boolean bOverA = StatusPrecedence.supersedes(b, a);

        if (a.equals(b)) {
            assertThat(aOverB).isFalse();
            assertThat(bOverA).isFalse();
        } else {
            assertThat(aOverB).isNotEqualTo(bOverA);
        }
    }

    @Property
    void verdictIsTheSameForTheSameCallbacksInAnyOrderAnyNumberOfTimes(@ForAll("reports") List<Report> reports,
                                                                        @ForAll("requested") List<Channel> requested,
                                                                        @ForAll("overall") Optional<StatusCode> overall,
                                                                        @ForAll Random random) {
        OutcomeVerdict verdict = OutcomeRules.decide(ledger(reports, requested), overall, requested);
        List<Report> replayed = withRepeats(shuffled(reports, random), random);

        assertThat(OutcomeRules.decide(ledger(replayed, requested), overall, requested)).isEqualTo(verdict);
    }

    @Property
    void decideIsDeterministic(@ForAll("reports") List<Report> reports, @ForAll("requested") List<Channel> requested,
                               @ForAll("overall") Optional<StatusCode> overall) {
        List<ChannelState> channels = ledger(reports, requested);

        assertThat(OutcomeRules.decide(channels, overall, requested))
                .isEqualTo(OutcomeRules.decide(List.copyOf(channels), overall, requested));
    }

    /**
     * The rules name channels and kinds, and one position: the last channel tried, whose code alone says whether
     * the message ended ({@link OutcomeRules#ENDS_THE_MESSAGE}). Otherwise the order tried only picks which channel a
     * verdict names (the last that failed, the first still open), not the outcome.
     */
    @Property
    void outcomeDependsOnEachChannelsStatusAndTheLastChannelTriedNotOnTheOrderOfTheOthers(
            @ForAll("reports") List<Report> reports, @ForAll("requested") List<Channel> requested,
            @ForAll("overall") Optional<StatusCode> overall, @ForAll Random random) {
        List<ChannelState> channels = ledger(reports, requested);
        List<ChannelState> reordered = channels.isEmpty() ? channels : Stream.concat(
                shuffled(channels.subList(0, channels.size() - 1), random).stream(), Stream.of(channels.get(channels.size() - 1)))
                .toList();

        assertThat(OutcomeRules.decide(reordered, overall, requested).outcome())
                .isEqualTo(OutcomeRules.decide(channels, overall, requested).outcome());
    }

    @Property
    void withoutACodeThatEndsTheMessageOutcomeDoesNotDependOnTheOrderOfTheChannels(
            @ForAll("reports") List<Report> reports, @ForAll("requested") List<Channel> requested,
            @ForAll("overall") Optional<StatusCode> overall, @ForAll Random random) {
        List<ChannelState> channels = ledger(reports, requested);
        Assume.that(channels.stream().noneMatch(c -> OutcomeRules.ENDS_THE_MESSAGE.contains(c.code().value())));

        assertThat(OutcomeRules.decide(shuffled(channels, random), overall, requested).outcome())
                .isEqualTo(OutcomeRules.decide(channels, overall, requested).outcome());
    }

    /** Channels that all failed, the last one tried with a code that ends the message. */
    @Provide
    Arbitrary<List<ChannelState>> failedEndingLast() {
        List<Integer> failures = REALISTIC_CODES.stream().filter(code -> StatusCode.of(code).kind() == StatusKind.FAILED).toList();
        return Arbitraries.of(TRY_ORDER).list().uniqueElements().ofMinSize(1).ofMaxSize(TRY_ORDER.size())
                .flatMap(order -> Combinators.combine(
                                Arbitraries.of(failures).list().ofSize(order.size() - 1),
                                Arbitraries.of(OutcomeRules.ENDS_THE_MESSAGE.stream().sorted().toList()))
                        .as((earlier, last) -> {
                            List<ChannelState> channels = new ArrayList<>();
                            for (int i = 0; i < order.size(); i++) {
                                int code = i < earlier.size() ? earlier.get(i) : last;
                                channels.add(new ChannelState(order.get(i), StatusCode.of(code), SENT.plusSeconds(60L * i), false));
                            }
                            return channels;
                        }));
    }

    @Property
    void noFallbackIsAwaitedAfterACodeThatEndsTheMessage(@ForAll("failedEndingLast") List<ChannelState> channels,
                                                         @ForAll("requested") List<Channel> requested,
                                                         @ForAll("overall") Optional<StatusCode> overall) {
        OutcomeVerdict verdict = OutcomeRules.decide(channels, overall, requested);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.channel()).contains(channels.get(channels.size() - 1).channel());
    }

    @Property
    void outcomeAgreesWithTheDefinitionsTheDashboardShows(@ForAll("reports") List<Report> reports,
                                                          @ForAll("requested") List<Channel> requested,
                                                          @ForAll("overall") Optional<StatusCode> overall) {
        List<ChannelState> channels = ledger(reports, requested);
        OutcomeVerdict verdict = OutcomeRules.decide(channels, overall, requested);
        boolean anyConfirmed = channels.stream().anyMatch(c -> c.code().kind().isDelivered());
        boolean rcsConfirmed = channels.stream().anyMatch(c -> c.channel().equals(Channel.RCS) && c.code().kind().isDelivered());
        // With no channel status, the message-level status stands in for the channels.
        Optional<StatusKind> overallKind = channels.isEmpty() ? overall.map(StatusCode::kind) : Optional.empty();

        assertThat(verdict.outcome().isDelivered()).as("delivered overall")
                .isEqualTo(anyConfirmed || overallKind.map(StatusKind::isDelivered).orElse(false));
        assertThat(verdict.outcome() == Outcome.DELIVERED_RCS).as("delivered as RCS").isEqualTo(rcsConfirmed);
        if (verdict.outcome() == Outcome.LIKELY_DELIVERED) {
            assertThat(channels.stream().anyMatch(c -> c.code().kind() == StatusKind.LIKELY_DELIVERED)
                    || overallKind.equals(Optional.of(StatusKind.LIKELY_DELIVERED))).isTrue();
        }
        if (verdict.outcome() == Outcome.FAILED) {
            assertThat(channels).allMatch(c -> c.code().kind() == StatusKind.FAILED);
            if (channels.isEmpty()) {
                assertThat(overallKind).contains(StatusKind.FAILED);
            }
        }
        if (channels.isEmpty()) {
            Outcome expected = overallKind.map(kind -> switch (kind) {
                case DELIVERED, READ -> Outcome.DELIVERED_OTHER;
                case LIKELY_DELIVERED -> Outcome.LIKELY_DELIVERED;
                case FAILED -> Outcome.FAILED;
                case IN_PROGRESS, UNKNOWN -> Outcome.PENDING;
            }).orElse(Outcome.PENDING);
            assertThat(verdict.outcome()).as("message-level status alone").isEqualTo(expected);
        }
        if (channels.stream().anyMatch(c -> !c.code().isFinal()) && !anyConfirmed
                && channels.stream().noneMatch(c -> c.code().kind() == StatusKind.LIKELY_DELIVERED)) {
            assertThat(verdict.outcome()).as("a channel still open").isEqualTo(Outcome.PENDING);
        }
        assertThat(verdict.channel().isPresent()).isEqualTo(!channels.isEmpty());
        verdict.channel().ifPresent(channel -> assertThat(channels).anyMatch(c -> c.channel().equals(channel)));
    }

    /** What the ledger stores for one channel: each new status replaces the stored one only if it supersedes it. */
    private static Candidate stored(List<Candidate> arrivals) {
        Candidate current = arrivals.get(0);
        for (Candidate candidate : arrivals.subList(1, arrivals.size())) {
            if (StatusPrecedence.supersedes(candidate, current)) {
                current = candidate;
            }
        }
        return current;
    }

    /** The stored status of every channel heard of, in the order tried: as requested, then Telesign's cascade order. */
    private static List<ChannelState> ledger(List<Report> reports, List<Channel> requested) {
        Map<Channel, Candidate> byChannel = new LinkedHashMap<>();
        for (Report report : reports) {
            byChannel.merge(report.channel(), report.status(),
                    (current, candidate) -> StatusPrecedence.supersedes(candidate, current) ? candidate : current);
        }
        return Stream.concat(requested.stream(), TRY_ORDER.stream()).distinct()
                .filter(byChannel::containsKey)
                .map(channel -> new ChannelState(channel, byChannel.get(channel).code(), byChannel.get(channel).time(), false))
                .toList();
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Re-sends: copies of received items inserted anywhere. */
    private static <T> List<T> withRepeats(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        if (items.isEmpty()) {
            return copy;
        }
        int repeats = 1 + random.nextInt(2 * items.size());
        for (int i = 0; i < repeats; i++) {
            copy.add(random.nextInt(copy.size() + 1), items.get(random.nextInt(items.size())));
        }
        return copy;
    }
}
