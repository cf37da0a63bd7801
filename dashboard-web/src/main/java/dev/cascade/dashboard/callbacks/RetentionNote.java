package dev.cascade.dashboard.callbacks;

import dev.cascade.dashboard.web.Formats;
import dev.cascade.ledger.retention.RetentionPolicy;
import dev.cascade.ledger.retention.RetentionRun;
import dev.cascade.ledger.retention.RetentionStatus;
import dev.cascade.ledger.retention.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the callbacks page says about retention, so an admin reading receipts knows which bodies can be
 * missing and why: the policy in force, and what the cluster's last run did.
 */
public record RetentionNote(String policy, String lastRun) {

    public static RetentionNote of(RetentionStatus status, Formats fmt) {
        return new RetentionNote(policy(status.policy()), status.lastRun().map(run -> lastRun(run, fmt))
                .orElse("Retention has not run yet."));
    }

    static String policy(RetentionPolicy policy) {
        List<String> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        (policy.bodyDays() > 0 ? deleted : kept).add(policy.bodyDays() > 0 ? "raw bodies older than " + days(policy.bodyDays()) : "raw bodies");
        (policy.receiptDays() > 0 ? deleted : kept).add(policy.receiptDays() > 0
                ? "whole receipts older than " + days(policy.receiptDays()) : "receipts");
        (policy.historyDays() > 0 ? deleted : kept).add(policy.historyDays() > 0
                ? "status history older than " + days(policy.historyDays()) : "status history");
        StringBuilder text = new StringBuilder();
        if (!deleted.isEmpty()) {
            text.append(capitalized(join(deleted))).append(verb(deleted)).append(" deleted");
            text.append(policy.scheduled() ? ", every " + policy.interval().toMinutes() + " minutes" : " only when an admin runs retention");
            text.append(". ");
        }
        if (!kept.isEmpty()) {
            text.append(capitalized(join(kept))).append(verb(kept)).append(" kept forever.");
        }
        return text.toString().trim();
    }

    static String lastRun(RetentionRun run, Formats fmt) {
        String counts = fmt.count(run.bodiesDeleted()) + " bodies, " + fmt.count(run.receiptsDeleted()) + " receipts and "
                + fmt.count(run.historyDeleted()) + " history rows deleted";
        String how = run.status() == RunStatus.COMPLETED ? "" : " — stopped: " + run.status().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + run.error().map(e -> " (" + e + ")").orElse("");
        return "Last run " + fmt.time(run.startedAt()) + " on " + run.node() + " (" + run.trigger().name().toLowerCase(Locale.ROOT)
                + "): " + counts + how + ".";
    }

    /** "Raw bodies" and "receipts" are plural; "status history" alone is not. */
    private static String verb(List<String> subjects) {
        return subjects.size() == 1 && subjects.get(0).startsWith("status history") ? " is" : " are";
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
