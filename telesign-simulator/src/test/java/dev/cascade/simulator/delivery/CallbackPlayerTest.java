package dev.cascade.simulator.delivery;

import static dev.cascade.simulator.delivery.TimelinePlannerTest.codes;
import static dev.cascade.simulator.delivery.TimelinePlannerTest.guide;
import static dev.cascade.simulator.testing.Fixtures.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cascade.simulator.testing.RecordingSender;
import dev.cascade.simulator.testing.RecordingSender.Post;
import dev.cascade.simulator.testing.VirtualTime;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.MalformedReportException;
import dev.cascade.telesign.status.ReferenceId;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackPlayerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final URI RECEIVER = URI.create("http://127.0.0.1:8080/callbacks/telesign");
    private static final DeliveryDelays EXACT = new DeliveryDelays(Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(300), Duration.ofSeconds(60), 0);

    private final VirtualTime time = new VirtualTime(T0);
    private final RecordingSender receiver = new RecordingSender(time::now);
    private final CallbackSignatures signatures = new CallbackSignatures(ACCOUNT);
    private int issued;

    @Test
    void anIphonesCallbacksArriveInOrderSignedAtTheirCompressedTimes() throws MalformedReportException {
        SimulatedMessage message = message("15558675360", 600);

        player(300).play(message);
        time.runAll();

        List<Post> posts = receiver.posts();
        assertThat(posts).extracting(Post::at).containsExactly(T0, T0.plusSeconds(2),
                T0.plusSeconds(2).plus(Duration.ofNanos(16_666_667)));
        List<DeliveryReport> reports = new ArrayList<>();
        for (Post post : posts) {
            assertThat(post.url()).isEqualTo(RECEIVER);
            assertThat(post.headers()).containsEntry("Content-Type", "application/json");
            assertThat(signatures.verify(post.body(), post.headers().get("Authorization"),
                    post.headers().get("X-TS-Authorization")).isValid()).isTrue();
            reports.add(DeliveryReportParser.parse(post.body()).report());
        }
        assertThat(reports).containsExactlyElementsOf(message.timeline().steps().stream().map(Step::report).toList());
        assertThat(codes(message.timeline())).containsExactly(List.of(tuple("rcs", 3001)),
                List.of(tuple("rcs", 3056), tuple("sms", 3001)), List.of(tuple("rcs", 3056), tuple("sms", 3000)));
    }

    @Test
    void theStatusALookupSeesFollowsThePlayback() {
        SimulatedMessage message = message("15558675360", 600);
        player(1).play(message);

        assertThat(message.current()).isEqualTo(message.timeline().step(0).report());
        time.runUntil(T0.plusSeconds(599));
        assertThat(message.reached()).isZero();
        time.runUntil(T0.plusSeconds(600));
        assertThat(message.reached()).isEqualTo(1);
        time.runAll();
        assertThat(message.current()).isEqualTo(message.timeline().last().report());
    }

    @Test
    void aNon2xxAnswerIsRetriedAfterFiveTenFifteenSecondsThenGivenUp() {
        receiver.thenAnswer(503, 500, 404, 302);
        SimulatedMessage message = message("15558675310", 600);

        player(1).play(message);
        time.runAll();

        List<Post> posts = receiver.posts();
        assertThat(posts).extracting(Post::at).startsWith(T0, T0.plusSeconds(5), T0.plusSeconds(15), T0.plusSeconds(30));
        assertThat(posts.subList(0, 4)).extracting(p -> new String(p.body())).containsOnly(new String(posts.get(0).body()));
        assertThat(posts).as("after giving up on the first callback the next one is still sent").hasSize(5);
        assertThat(posts.get(4).at()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aConnectionFailureIsRetriedAndTheCallbackArrivesOnTheSecondAttempt() {
        receiver.thenAnswer(new ConnectException("Connection refused"));
        SimulatedMessage message = message("15558675310", 600);

        player(1).play(message);
        time.runAll();

        List<Post> posts = receiver.posts();
        assertThat(posts).hasSize(3);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        assertThat(posts.get(1).at()).isEqualTo(T0.plusSeconds(5));
        assertThat(posts.get(2).at()).as("the RCS 3000 was due at 3 s; it waits for the retried 3001")
                .isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void retryWaitsAreCompressedLikeEveryDelay() {
        receiver.thenAnswer(503, 503);
        SimulatedMessage message = message("15558675310", 600);

        player(300).play(message);
        time.runAll();

        assertThat(time.delays()).contains(Duration.ofNanos(16_666_667), Duration.ofNanos(33_333_333));
        assertThat(receiver.posts()).hasSize(4);
    }

    @Test
    void anExceptionFromTheReceiverIsNotFatalToOtherMessages() {
        receiver.thenAnswer(new IOException("reset"), new IOException("reset"), new IOException("reset"), new IOException("reset"));
        SimulatedMessage first = message("15558675310", 600);
        SimulatedMessage second = message("15558675311", 600);

        CallbackPlayer player = player(1);
        player.play(first);
        player.play(second);
        time.runAll();

        assertThat(first.reached()).isEqualTo(first.timeline().size() - 1);
        assertThat(second.reached()).isEqualTo(second.timeline().size() - 1);
    }

    @Test
    void lostCallbacksAreNeverPostedNorResentButTheMessageGoesOnForLookups() {
        SimulatedMessage message = message("15558675360", 600);

        new CallbackPlayer(time, receiver, signatures::headersFor, new TimeCompression(300), RetrySchedule.TELESIGN,
                time.clock(), new CallbackLoss(1)).play(message);
        time.runAll();

        assertThat(receiver.posts()).isEmpty();
        assertThat(message.reached()).as("Telesign delivered it; only the callbacks were lost")
                .isEqualTo(message.timeline().size() - 1);
        assertThat(message.current()).isEqualTo(message.timeline().last().report());
    }

    @Test
    void aShareOfCallbacksIsLostTheSameWayEveryTime() {
        CallbackLoss half = new CallbackLoss(0.5);
        int dropped = 0;
        for (int i = 0; i < 1000; i++) {
            ReferenceId id = nextId();
            boolean drops = half.drops(id, i % 3);
            assertThat(half.drops(id, i % 3)).as("deterministic").isEqualTo(drops);
            dropped += drops ? 1 : 0;
        }
        assertThat(dropped).isBetween(420, 580);
        assertThat(CallbackLoss.NONE.drops(nextId(), 0)).isFalse();
        assertThat(new CallbackLoss(1).drops(nextId(), 0)).isTrue();
        assertThatThrownBy(() -> new CallbackLoss(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackLoss(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private CallbackPlayer player(double compression) {
        return new CallbackPlayer(time, receiver, signatures::headersFor, new TimeCompression(compression),
                RetrySchedule.TELESIGN, time.clock());
    }

    private SimulatedMessage message(String phoneNumber, int fallbackSeconds) {
        ReferenceId referenceId = nextId();
        TimelinePlanner planner = new TimelinePlanner(new TimelineSettings(HandsetShares.DEFAULTS, EXACT, 0,
                List.of(ChannelResult.failure(3033))), this::nextId);
        return new SimulatedMessage(referenceId, RECEIVER, T0, planner.plan(guide(phoneNumber, fallbackSeconds), referenceId, T0));
    }

    private ReferenceId nextId() {
        return ReferenceId.of(String.format("%032X", ++issued));
    }
}
