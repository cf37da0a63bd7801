package dev.cascade.it.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.it.callback.AdversarialCallbacks.Case;
import dev.cascade.it.support.CallbackClient;
import dev.cascade.it.support.CascadeDeployment;
import dev.cascade.it.support.LedgerTables;
import dev.cascade.it.support.LedgerTables.Counts;
import dev.cascade.it.support.Reports;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * More than ten thousand malformed and adversarial callbacks ({@link AdversarialCallbacks}), correctly
 * signed so that they reach the parser, posted concurrently: none is answered 5xx, none that is refused
 * leaves a trace in the ledger, every one that is accepted is applied, nothing appears that no case
 * asked for, and the server still takes a normal callback afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackFuzzIT {

    private static final int CASES = 10_000;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return CascadeDeployment.ear();
    }

    /** What the server answered to one case. */
    record Answer(Case sent, int status, long receiptId) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    @Test
    void tenThousandBadCallbacksBreakNothingAndLoseNothing() throws Exception {
        String prefix = Reports.newReference().substring(0, 8);
        List<Case> cases = new AdversarialCallbacks(prefix, 20261127L).generate(CASES);
        Counts before = LedgerTables.counts();

        List<Answer> answers = post(cases);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        System.out.printf("%d adversarial callbacks, answers by status: %s%n", answers.size(), byStatus);
        assertThat(answers).hasSizeGreaterThanOrEqualTo(CASES);
        assertThat(answers).as("no 5xx, and every answer a real HTTP status").allSatisfy(a ->
                assertThat(a.status()).as(a.sent().kind()).isBetween(200, 499));

        // Accepted: the answer names its receipt, which names the message it was applied to.
        Map<Long, Answer> byReceipt = new HashMap<>();
        Set<String> accepted = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (Answer a : answers) {
            if (a.accepted()) {
                assertThat(a.receiptId()).as("an accepted callback names its receipt: " + a.sent().kind()).isPositive();
                byReceipt.put(a.receiptId(), a);
            }
            if (a.sent().referenceId() != null) {
                (a.accepted() ? accepted : refused).add(a.sent().referenceId());
            }
        }
        assertThat(accepted).as("each traceable case has its own reference id").doesNotContainAnyElementsOf(refused);
        Set<Long> messages = new HashSet<>();
        Set<String> appliedTo = new HashSet<>();
        for (Map<String, Object> receipt : receipts(byReceipt.keySet())) {
            Answer a = byReceipt.remove(((Number) receipt.get("id")).longValue());
            assertThat(receipt.get("verdict")).as(a.sent().kind()).isIn("APPLIED", "DUPLICATE");
            assertThat(receipt.get("message_id")).as(a.sent().kind()).isNotNull();
            if (a.sent().referenceId() != null) {
                assertThat(receipt.get("reference_id")).as(a.sent().kind()).isEqualTo(a.sent().referenceId());
            }
            messages.add(((Number) receipt.get("message_id")).longValue());
            appliedTo.add((String) receipt.get("reference_id"));
        }
        assertThat(byReceipt).as("every accepted callback's receipt is stored").isEmpty();

        Set<String> stored = new HashSet<>(LedgerTables.rows("select reference_id from message where reference_id like ?",
                prefix + "%").stream().map(r -> (String) r.get("reference_id")).toList());
        Map<String, String> kinds = answers.stream().filter(a -> a.sent().referenceId() != null)
                .collect(Collectors.toMap(a -> a.sent().referenceId(), a -> a.sent().kind() + " -> " + a.status()));
        assertThat(difference(accepted, stored)).as("accepted but not in the ledger").isEmpty();
        assertThat(refused.stream().filter(stored::contains).map(kinds::get)).as("refused but in the ledger").isEmpty();
        // Cases that tamper with the reference id are not traceable beforehand (a duplicated key may keep it, a
        // lenient reading may accept another), but their receipts say where they went.
        assertThat(difference(stored, appliedTo)).as("in the ledger, but no accepted callback went there").isEmpty();
        long withoutHistory = LedgerTables.count("select count(*) from message m where m.reference_id like ? and not exists "
                + "(select 1 from status_history h where h.message_id = m.id)", prefix + "%");
        assertThat(withoutHistory).as("each applied callback left its history").isZero();
        Counts after = LedgerTables.counts();
        assertThat(after.messages() - before.messages()).as("no message that no accepted callback asked for")
                .isEqualTo(messages.size());
        assertThat(after.receipts() - before.receipts()).as("every callback, accepted or refused, has its receipt")
                .isEqualTo(answers.size());

        String ref = Reports.newReference();
        assertThat(CallbackClient.postSigned(Reports.guideCallback(ref)).statusCode()).as("healthy afterwards").isEqualTo(200);
        assertThat(LedgerTables.history(ref)).hasSize(3);
    }

    @Test
    void replayingACapturedCallbackChangesNothingAfterTheFirst() {
        String ref = Reports.newReference();
        byte[] captured = Reports.guideCallback(ref);
        Map<String, String> headers = new LinkedHashMap<>(CallbackClient.signatures().headersFor(captured));
        headers.put("Content-Type", "application/json");
        assertThat(CallbackClient.post(captured, headers).statusCode()).isEqualTo(200);
        Map<String, Object> message = LedgerTables.message(ref);
        List<Map<String, Object>> channels = LedgerTables.channels(ref);
        List<Map<String, Object>> history = LedgerTables.history(ref);
        Counts once = LedgerTables.counts();

        for (int replay = 0; replay < 25; replay++) {
            assertThat(CallbackClient.post(captured, headers).statusCode()).isEqualTo(200);
        }

        assertThat(LedgerTables.message(ref)).isEqualTo(message);
        assertThat(LedgerTables.channels(ref)).isEqualTo(channels);
        assertThat(LedgerTables.history(ref)).isEqualTo(history);
        Counts replayed = LedgerTables.counts();
        assertThat(replayed.messages()).isEqualTo(once.messages());
        assertThat(replayed.channels()).isEqualTo(once.channels());
        assertThat(replayed.history()).isEqualTo(once.history());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The receipt rows with these ids, read in chunks (an IN list of thousands is more than some drivers like). */
    private static List<Map<String, Object>> receipts(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            rows.addAll(LedgerTables.rows("select id, reference_id, verdict, message_id from callback_receipt where id in ("
                    + marks + ")", chunk.toArray()));
        }
        return rows;
    }

    private static List<Answer> post(List<Case> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> {
                    Map<String, String> headers = new LinkedHashMap<>(CallbackClient.signatures().headersFor(c.body()));
                    headers.put("Content-Type", c.contentType());
                    HttpResponse<String> response = CallbackClient.post(c.body(), headers);
                    long receipt = response.statusCode() / 100 == 2
                            ? CallbackClient.json(response).path("receipt_id").asLong(-1) : -1;
                    return new Answer(c, response.statusCode(), receipt);
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
