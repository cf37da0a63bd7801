package dev.cascade.ledger.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A job held by one run on one node until {@code expiresAt} (unless renewed).
 *
 * @param holder the node's name and a token unique to this run, so a node's second run is another holder
 */
public record JobLease(String job, String holder, Instant acquiredAt, Instant expiresAt) {

    public JobLease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The node part of the holder, for people reading runs and logs. */
    public String node() {
        int token = holder.lastIndexOf('#');
        return token < 0 ? holder : holder.substring(0, token);
    }
}
