package dev.cascade.simulator.delivery;

import static dev.cascade.simulator.delivery.TimelinePlannerTest.guide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.simulator.testing.RecordingSender;
import dev.cascade.simulator.testing.VirtualTime;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.ReferenceId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwitchboardTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final URI ACCOUNT_URL = URI.create("http://localhost:8080/callbacks/telesign");

    private final VirtualTime time = new VirtualTime(T0);
    private final RecordingSender receiver = new RecordingSender(time::now);

    @Test
    void anAcceptedMessageGetsAFreshReferenceIdAndIsLookedUpAsItsLatestReport() {
        Switchboard switchboard = switchboard(Duration.ofHours(12), 100);

        ReferenceId referenceId = switchboard.accept(guide("15558675360", 600));

        assertThat(referenceId.isTelesignShaped()).isTrue();
        assertThat(switchboard.status(referenceId).flatMap(DeliveryReport::status).orElseThrow().code().value()).isEqualTo(3001);
        time.runAll();
        assertThat(switchboard.status(referenceId).flatMap(DeliveryReport::status).orElseThrow().code().value()).isEqualTo(3000);
        assertThat(receiver.posts()).extracting(RecordingSender.Post::url).containsOnly(ACCOUNT_URL);
    }

    @Test
    void theRequestsCallbackUrlWinsOverTheAccounts() {
        URI own = URI.create("http://127.0.0.1:9999/mine");
        AcceptedRequest request = new AcceptedRequest("15558675310", guide("15558675310", 600).channels(), Optional.empty(),
                Optional.of(own));

        switchboard(Duration.ofHours(12), 100).accept(request);
        time.runAll();

        assertThat(receiver.posts()).extracting(RecordingSender.Post::url).containsOnly(own);
    }

    @Test
    void referenceIdsExpireAfterTheRetentionAndUnknownOnesAreNotFound() {
        Switchboard switchboard = switchboard(Duration.ofHours(12), 100);
        ReferenceId referenceId = switchboard.accept(guide("15558675310", 600));

        time.runUntil(T0.plus(Duration.ofHours(12)).minusMillis(1));
        assertThat(switchboard.status(referenceId)).isPresent();
        time.advance(Duration.ofMillis(1));
        assertThat(switchboard.status(referenceId)).isEmpty();
        assertThat(switchboard.status(ReferenceId.of("0123456789ABCDEF0123456789ABCDEF"))).isEmpty();
    }

    @Test
    void theOldestMessagesGoFirstBeyondTheCap() {
        Switchboard switchboard = switchboard(Duration.ofHours(12), 2);

        ReferenceId first = switchboard.accept(guide("15558675310", 600));
        ReferenceId second = switchboard.accept(guide("15558675311", 600));
        ReferenceId third = switchboard.accept(guide("15558675312", 600));

        assertThat(List.of(first, second, third)).extracting(id -> switchboard.status(id).isPresent())
                .containsExactly(false, true, true);
    }

    private Switchboard switchboard(Duration retention, int capacity) {
        ReferenceIds ids = new ReferenceIds();
        CallbackPlayer player = new CallbackPlayer(time, receiver, body -> Map.of(), TimeCompression.NONE,
                RetrySchedule.TELESIGN, time.clock());
        TimelinePlanner planner = new TimelinePlanner(new TimelineSettings(HandsetShares.DEFAULTS, DeliveryDelays.DEFAULTS, 0,
                List.of(ChannelResult.failure(3033))), ids);
        return new Switchboard(planner, player, new MessageStore(retention, capacity), ids, ACCOUNT_URL, time.clock());
    }
}
