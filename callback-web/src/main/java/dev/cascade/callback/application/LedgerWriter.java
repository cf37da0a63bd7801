package dev.cascade.callback.application;

import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.infrastructure.DatabaseFailures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes incoming reports to the ledger through a {@link GroupCommitQueue} and waits for each to be
 * committed. Tunables: {@code cascade.ingest.writers} (concurrent transactions),
 * {@code cascade.ingest.batch-size} (reports per transaction), {@code cascade.ingest.queue-capacity},
 * {@code cascade.ingest.timeout-ms} (how long a callback waits before it is answered 503).
 */
@ApplicationScoped
public class LedgerWriter {

    @Inject
    DeliveryLedger ledger;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "cascade.ingest.writers", defaultValue = "4")
    int writers;

    @Inject
    @ConfigProperty(name = "cascade.ingest.batch-size", defaultValue = "64")
    int batchSize;

    @Inject
    @ConfigProperty(name = "cascade.ingest.queue-capacity", defaultValue = "4096")
    int capacity;

    @Inject
    @ConfigProperty(name = "cascade.ingest.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private GroupCommitQueue<IncomingReport, ApplyResult> queue;

    private synchronized GroupCommitQueue<IncomingReport, ApplyResult> queue() {
        if (queue == null) {
            queue = new GroupCommitQueue<>(ledger::apply, LedgerWriter::classify, writers, batchSize, capacity, threadFactory);
        }
        return queue;
    }

    /**
     * Stores a report; returns once it is committed.
     *
     * @throws LedgerUnavailableException the ledger cannot store it now (the caller answers 503)
     */
    public ApplyResult store(IncomingReport report) {
        CompletableFuture<ApplyResult> result = queue().submit(report);
        try {
            return result.get(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LedgerUnavailableException("not stored within " + Duration.ofMillis(timeoutMillis).toSeconds()
                    + " s; it may still be, and Telesign's re-send will be recognised as a duplicate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while storing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GroupCommitQueue.QueueUnavailableException || classify(cause) != GroupCommitQueue.Failure.OTHER) {
                throw new LedgerUnavailableException("the ledger database is unavailable", cause);
            }
            throw new IllegalStateException("storing the callback failed", cause);
        }
    }

    static GroupCommitQueue.Failure classify(Throwable failure) {
        return switch (DatabaseFailures.classify(failure)) {
            case UNAVAILABLE -> GroupCommitQueue.Failure.UNAVAILABLE;
            case RETRYABLE -> GroupCommitQueue.Failure.RETRYABLE;
            case OTHER -> GroupCommitQueue.Failure.OTHER;
        };
    }

    @PreDestroy
    synchronized void stop() {
        if (queue != null) {
            queue.close();
        }
    }
}
