package dev.cascade.dashboard.callbacks;

import dev.cascade.dashboard.web.Formats;
import dev.cascade.ledger.reconciliation.ReconciliationRun;
import dev.cascade.ledger.reconciliation.ReconciliationRunStatus;
import dev.cascade.sending.reconciliation.ReconciliationPolicy;
import dev.cascade.sending.reconciliation.ReconciliationStatus;
import java.time.Duration;
import java.util.Locale;

/**
 * What the callbacks page says about reconciliation, so an admin wondering about missing callbacks sees whether
 * Cascade goes looking for them: the policy in force, and what the cluster's last run found.
 */
public record ReconciliationNote(String policy, String lastRun) {

    public static ReconciliationNote of(ReconciliationStatus status, Formats fmt) {
        return new ReconciliationNote(policy(status.policy(), status.configured()),
                status.lastRun().map(run -> lastRun(run, fmt)).orElse("Reconciliation has not run yet."));
    }

    static String policy(ReconciliationPolicy policy, boolean configured) {
        String what = "Messages still pending " + duration(policy.minAge()) + " after their send are looked up at Telesign"
                + " (up to " + duration(policy.window()) + " after it, at most " + policy.maxLookups() + " a run, each again after "
                + duration(policy.repeatAfter()) + " at the earliest)";
        String when = policy.scheduled() ? ", every " + duration(policy.interval()) + "." : " only when an admin runs reconciliation.";
        return what + when + (configured ? "" : " No Telesign account is configured: nothing can be looked up.");
    }

    static String lastRun(ReconciliationRun run, Formats fmt) {
        String counts = fmt.count(run.lookedUp()) + " looked up: " + fmt.count(run.reconciled()) + " reconciled, "
                + fmt.count(run.unchanged()) + " unchanged, " + fmt.count(run.notFound()) + " unknown to Telesign, "
                + fmt.count(run.failed()) + " failed";
        String how = run.status() == ReconciliationRunStatus.COMPLETED ? ""
                : " — stopped: " + run.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + run.pausedUntil().map(t -> ", paused until " + fmt.time(t)).orElse("")
                + run.error().map(e -> " (" + e + ")").orElse("");
        return "Last run " + fmt.time(run.startedAt()) + " on " + run.node() + " (" + run.trigger().name().toLowerCase(Locale.ROOT)
                + "): " + counts + how + ".";
    }

    /** Whole hours, minutes or seconds, whichever is exact: "15 minutes", "12 hours", "90 seconds". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s != 0 && s % 3600 == 0) {
            return plural(s / 3600, "hour");
        }
        if (s != 0 && s % 60 == 0) {
            return plural(s / 60, "minute");
        }
        return plural(s, "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
