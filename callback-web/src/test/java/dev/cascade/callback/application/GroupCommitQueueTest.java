package dev.cascade.callback.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.callback.application.GroupCommitQueue.Failure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitQueueTest {

    private GroupCommitQueue<Integer, String> queue;

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
    }

    private static Failure classify(Throwable e) {
        return switch (e.getMessage()) {
            case "deadlock" -> Failure.RETRYABLE;
            case "down" -> Failure.UNAVAILABLE;
            default -> Failure.OTHER;
        };
    }

    @Test
    void everyItemGetsItsOwnResult() throws Exception {
        queue = new GroupCommitQueue<>(batch -> batch.stream().map(i -> "r" + i).toList(), GroupCommitQueueTest::classify,
                2, 8, 100, Thread::new);

        List<CompletableFuture<String>> futures = IntStream.range(0, 50).mapToObj(queue::submit).toList();

        for (int i = 0; i < 50; i++) {
            assertThat(futures.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("r" + i);
        }
    }

    @Test
    void itemsQueuedWhileAWriterIsBusyShareOneBatch() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        queue = new GroupCommitQueue<>(batch -> {
            batchSizes.add(batch.size());
            firstBatchStarted.countDown();
            await(release);
            return batch.stream().map(String::valueOf).toList();
        }, GroupCommitQueueTest::classify, 1, 64, 100, Thread::new);

        CompletableFuture<String> first = queue.submit(0);
        firstBatchStarted.await(5, TimeUnit.SECONDS);
        List<CompletableFuture<String>> rest = IntStream.range(1, 11).mapToObj(queue::submit).toList();
        release.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (CompletableFuture<String> f : rest) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(batchSizes).containsExactly(1, 10);
    }

    @Test
    void aConflictIsRetriedAndThenSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        queue = new GroupCommitQueue<>(batch -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("deadlock");
            }
            return batch.stream().map(String::valueOf).toList();
        }, GroupCommitQueueTest::classify, 1, 8, 100, Thread::new);

        assertThat(queue.submit(7).get(5, TimeUnit.SECONDS)).isEqualTo("7");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anUnavailableDatabaseFailsTheWholeBatchAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        queue = new GroupCommitQueue<>(batch -> {
            calls.incrementAndGet();
            throw new IllegalStateException("down");
        }, GroupCommitQueueTest::classify, 1, 8, 100, Thread::new);

        assertThatThrownBy(() -> queue.submit(1).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("down");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aPoisonousItemFailsAloneAndItsNeighboursAreStored() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        queue = new GroupCommitQueue<>(batch -> {
            firstBatchStarted.countDown();
            await(release);
            if (batch.contains(13)) {
                throw new IllegalArgumentException("bug");
            }
            return batch.stream().map(String::valueOf).toList();
        }, GroupCommitQueueTest::classify, 1, 64, 100, Thread::new);

        CompletableFuture<String> blocker = queue.submit(0);
        firstBatchStarted.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> before = queue.submit(12);
        CompletableFuture<String> poison = queue.submit(13);
        CompletableFuture<String> after = queue.submit(14);
        release.countDown();

        assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo("0");
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("12");
        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("14");
        assertThatThrownBy(() -> poison.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("bug");
    }

    @Test
    void aFullQueueRefusesAtOnceInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        queue = new GroupCommitQueue<>(batch -> {
            await(release);
            return batch.stream().map(String::valueOf).toList();
        }, GroupCommitQueueTest::classify, 1, 1, 2, Thread::new);

        List<CompletableFuture<String>> futures = IntStream.range(0, 10).mapToObj(queue::submit).toList();

        assertThat(futures).anySatisfy(f -> assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(GroupCommitQueue.QueueUnavailableException.class));
        release.countDown();
    }

    @Test
    void closingFailsWhatIsStillQueued() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        queue = new GroupCommitQueue<>(batch -> {
            started.countDown();
            await(new CountDownLatch(1));
            return batch.stream().map(String::valueOf).toList();
        }, GroupCommitQueueTest::classify, 1, 1, 10, Thread::new);
        queue.submit(1);
        started.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> waiting = queue.submit(2);

        queue.close();

        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(GroupCommitQueue.QueueUnavailableException.class);
        assertThat(queue.submit(3)).isCompletedExceptionally();
    }

    /** Blocks a writer until released, as a slow transaction would; interruption ends it early. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("down");
        }
    }
}
