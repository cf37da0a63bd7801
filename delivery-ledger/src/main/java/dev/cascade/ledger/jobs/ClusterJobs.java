package dev.cascade.ledger.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Leases on background jobs shared by all nodes on one database, so that a job (retention, reconciliation,
 * the demo's traffic generator) runs on one node at a time. A holder renews its lease while it works and
 * releases it when done; a node that dies loses its jobs when their leases expire.
 */
public interface ClusterJobs {

    /**
     * Takes the job if no live lease holds it and, unless {@code spacing} is empty, no node started it less
     * than {@code spacing} ago. Of several nodes asking at once, at most one gets it.
     *
     * @param job      the job's name (at most 64 characters)
     * @param holder   who asks: the node's name (a per-run token is added)
     * @param duration how long the lease lasts unless renewed
     * @param spacing  how long after any node's last start the job is due again; empty: due now (an operator's run)
     * @return the lease, or empty when another holder has the job or it is not due
     */
    Optional<JobLease> acquire(String job, String holder, Duration duration, Optional<Duration> spacing);

    /** Extends the lease by {@code duration} from now; false when it is no longer this holder's (it expired and was taken). */
    boolean renew(JobLease lease, Duration duration);

    /** Frees the job for the next holder (keeping when it was last started); harmless if it was taken meanwhile. */
    void release(JobLease lease);
}
