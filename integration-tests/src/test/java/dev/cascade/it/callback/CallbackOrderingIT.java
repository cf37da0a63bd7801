package dev.cascade.it.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.Reports;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callbacks arrive twice, out of order and at once. Whatever the order and concurrency, the ledger
 * must end in the same state: checked here over HTTP, on the real database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackOrderingIT {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00.125Z");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return CascadeDeployment.ear();
    }

    /** An iOS handset's message: RCS in progress, RCS 3056 at the fallback time, SMS to the gateway, SMS delivered. */
    private static List<byte[]> iosLifecycle(String ref) {
        return List.of(
                Reports.forMessage(ref).status(3001, "rcs", T0).channel("rcs", 3001, T0).bytes(),
                Reports.forMessage(ref).status(3001, "sms", T0.plusSeconds(600))
                        .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3001, T0.plusSeconds(600)).bytes(),
                Reports.forMessage(ref).status(3002, "sms", T0.plusSeconds(601))
                        .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3002, T0.plusSeconds(601)).bytes(),
                Reports.forMessage(ref).status(3000, "sms", T0.plusSeconds(660))
                        .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3000, T0.plusSeconds(660)).bytes());
    }

    /** An Android handset's message: RCS in progress, delivered, then read. */
    private static List<byte[]> androidLifecycle(String ref) {
        return List.of(
                Reports.forMessage(ref).status(3001, "rcs", T0).channel("rcs", 3001, T0).bytes(),
                Reports.forMessage(ref).status(3000, "rcs", T0.plusSeconds(4)).channel("rcs", 3000, T0.plusSeconds(4)).bytes(),
                Reports.forMessage(ref).status(3005, "rcs", T0.plusSeconds(40)).channel("rcs", 3005, T0.plusSeconds(40)).bytes());
    }

    @Test
    void everyOrderOfAnIosMessagesCallbacksEndsInTheSameLedgerState() {
        // Four callbacks plus one sent twice: 120 orders, each on its own message.
        Map<List<Integer>, Map<String, Object>> states = replayEveryOrder(5,
                ref -> withDuplicate(iosLifecycle(ref), 1));

        assertThat(states.values()).as("one state for all %d orders", states.size()).containsOnly(states.values().iterator().next());
        Map<String, Object> state = states.values().iterator().next();
        assertThat(state.get("message")).asString().contains("outcome=DELIVERED_SMS_FALLBACK").contains("status_code=3000")
                .contains("last_channel=sms");
        assertThat(state.get("channels")).asString().contains("channel=rcs").contains("code=3056")
                .contains("channel=sms").contains("code=3000");
        assertThat((List<?>) state.get("history")).hasSize(9);
    }

    @Test
    void everyOrderOfAnAndroidMessagesCallbacksEndsReadAsRcs() {
        Map<List<Integer>, Map<String, Object>> states = replayEveryOrder(3, CallbackOrderingIT::androidLifecycle);

        assertThat(states.values()).containsOnly(states.values().iterator().next());
        Map<String, Object> state = states.values().iterator().next();
        assertThat(state.get("message")).asString().contains("outcome=DELIVERED_RCS").contains("status_code=3005")
                .contains("delivered_at=").doesNotContain("delivered_at=null").doesNotContain("read_at=null");
    }

    @Test
    void sixtyConcurrentCallbacksForOneMessageMakeOneRowAndLoseNothing() throws Exception {
        String ref = Reports.newReference();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bodies.add(Reports.forMessage(ref).status(3001, "rcs", T0.plusSeconds(i)).channel("rcs", 3001, T0.plusSeconds(i)).bytes());
        }
        bodies.add(Reports.forMessage(ref).status(3001, "sms", T0.plusSeconds(600))
                .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3001, T0.plusSeconds(600)).bytes());
        for (int i = 1; i <= 8; i++) {
            bodies.add(Reports.forMessage(ref).status(3002, "sms", T0.plusSeconds(600 + i))
                    .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3002, T0.plusSeconds(600 + i)).bytes());
        }
        bodies.add(Reports.forMessage(ref).status(3000, "sms", T0.plusSeconds(700))
                .channel("rcs", 3056, T0.plusSeconds(600)).channel("sms", 3000, T0.plusSeconds(700)).bytes());

        List<Integer> statuses = postAllAtOnce(bodies);

        assertThat(statuses).hasSize(60).containsOnly(200);
        assertThat(LedgerTables.count("select count(*) from message where reference_id = ?", ref)).isEqualTo(1);
        assertThat(LedgerTables.channels(ref)).extracting(c -> c.get("channel") + ":" + c.get("code"))
                .containsExactly("rcs:3056", "sms:3000");
        assertThat(LedgerTables.message(ref)).containsEntry("outcome", "DELIVERED_SMS_FALLBACK");
        // rcs 3001 x50, rcs 3056, sms 3001, sms 3002 x8, sms 3000; message-level 3001 x51, 3002 x8, 3000
        assertThat(LedgerTables.history(ref)).hasSize(50 + 1 + 1 + 8 + 1 + 51 + 8 + 1);
        assertThat(LedgerTables.receipts(ref)).hasSize(60);
    }

    /** Posts every order of {@code n} callbacks, each order to a message of its own; returns each end state. */
    private static Map<List<Integer>, Map<String, Object>> replayEveryOrder(int n, Function<String, List<byte[]>> callbacks) {
        Map<List<Integer>, Map<String, Object>> states = new LinkedHashMap<>();
        for (List<Integer> order : permutations(n)) {
            String ref = Reports.newReference();
            List<byte[]> bodies = callbacks.apply(ref);
            for (int index : order) {
                HttpResponse<String> response = CallbackClient.postSigned(bodies.get(index));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
            states.put(order, state(ref));
        }
        return states;
    }

    private static List<byte[]> withDuplicate(List<byte[]> bodies, int duplicated) {
        List<byte[]> all = new ArrayList<>(bodies);
        all.add(bodies.get(duplicated));
        return all;
    }

    /** The ledger's state of a message, without what legitimately differs (ids, reference, receive times). */
    private static Map<String, Object> state(String ref) {
        Map<String, Object> message = new LinkedHashMap<>(LedgerTables.message(ref));
        List.of("id", "reference_id", "first_seen_at", "updated_at").forEach(message::remove);
        List<Map<String, Object>> channels = LedgerTables.channels(ref).stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>(c);
            List.of("id", "message_id", "channel_reference_id").forEach(row::remove);
            return row;
        }).toList();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("message", message.toString());
        state.put("channels", channels.toString());
        state.put("history", LedgerTables.history(ref).stream().map(Object::toString).toList());
        return state;
    }

    private static List<Integer> postAllAtOnce(List<byte[]> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (byte[] body : bodies) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return CallbackClient.postSigned(body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<List<Integer>> permutations(int n) {
        List<List<Integer>> all = new ArrayList<>();
        permute(new ArrayList<>(), n, all);
        return all;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> into) {
        if (prefix.size() == n) {
            into.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, n, into);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
