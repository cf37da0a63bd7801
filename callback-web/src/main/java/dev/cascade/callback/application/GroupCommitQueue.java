package dev.cascade.callback.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Group commit: many request threads submit items, a few writer threads take whatever has queued up
 * (up to {@code batchSize}) and write it in one transaction, then complete each item's future.
 *
 * <p>Why: a database commit costs a disk flush, and one commit per callback caps ingestion at the
 * database's commit rate. Sharing commits raises that ceiling without ever acknowledging an item
 * before its transaction committed — each submitter waits for its own future.
 *
 * <p>Failures: a conflict worth retrying (deadlock, serialization) retries the batch; an unavailable
 * database fails the whole batch at once (all answered 503, all re-sent later); any other failure
 * splits the batch so one poisonous item cannot fail its neighbours.
 */
public final class GroupCommitQueue<T, R> implements AutoCloseable {

    /** Writes a batch in one transaction; returns one result per item, in order. */
    @FunctionalInterface
    public interface BatchWriter<T, R> {
        List<R> write(List<T> batch);
    }

    public enum Failure { RETRYABLE, UNAVAILABLE, OTHER }

    /** Thrown into a future when the queue is full or closed. */
    public static final class QueueUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueueUnavailableException(String message) {
            super(message);
        }
    }

    private static final int MAX_RETRIES = 3;
    private static final System.Logger LOG = System.getLogger(GroupCommitQueue.class.getName());

    private final BatchWriter<T, R> writer;
    private final Function<Throwable, Failure> classifier;
    private final int batchSize;
    private final BlockingQueue<Pending<T, R>> queue;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public GroupCommitQueue(BatchWriter<T, R> writer, Function<Throwable, Failure> classifier, int writers,
                            int batchSize, int capacity, ThreadFactory threadFactory) {
        if (writers < 1 || batchSize < 1 || capacity < 1) {
            throw new IllegalArgumentException("writers, batch size and capacity must be positive");
        }
        this.writer = Objects.requireNonNull(writer, "writer");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < writers; i++) {
            Thread thread = threadFactory.newThread(this::drain);
            thread.setName("cascade-ledger-writer-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    /** Queues an item; the future completes once its batch committed (or failed). Never blocks. */
    public CompletableFuture<R> submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.result.completeExceptionally(new QueueUnavailableException(
                    running ? "the ledger writer queue is full" : "the ledger writer is shutting down"));
        }
        return pending.result;
    }

    public int queued() {
        return queue.size();
    }

    private void drain() {
        List<Pending<T, R>> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Pending<T, R> first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // write() completes every future itself; this only guards the loop against surprises.
                batch.forEach(p -> p.result.completeExceptionally(e));
                LOG.log(System.Logger.Level.ERROR, "ledger writer loop failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending<T, R>> batch, int retries) {
        List<R> results;
        try {
            results = writer.write(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            Failure failure = classifier.apply(e);
            if (failure == Failure.RETRYABLE && retries < MAX_RETRIES) {
                write(batch, retries + 1);
            } else if (failure == Failure.OTHER && batch.size() > 1) {
                LOG.log(System.Logger.Level.WARNING, "a batch of " + batch.size()
                        + " failed; writing its items one by one to isolate the cause", e);
                batch.forEach(p -> write(List.of(p), 0));
            } else {
                batch.forEach(p -> p.result.completeExceptionally(e));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result.complete(results.get(i));
        }
    }

    /** Stops the writers; items still queued fail (their senders answer 503 and are re-sent). */
    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Pending<T, R>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.result.completeExceptionally(new QueueUnavailableException("the ledger writer stopped")));
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }
}
