package dev.cascade.dashboard.messages;

import dev.cascade.ledger.application.MessageView;
import dev.cascade.ledger.application.MessageView.HistoryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message's statuses grouped the way people read them: one line per channel in the order tried
 * (RCS 3001 → 3056, then SMS 3001 → 3000), then Telesign's message-level statuses.
 */
public record Timeline(String scope, String label, List<HistoryView> statuses) {

    public static List<Timeline> of(MessageView message) {
        Map<String, List<HistoryView>> byScope = new LinkedHashMap<>();
        message.channels().forEach(c -> byScope.put(c.channel(), new ArrayList<>()));
        for (HistoryView status : message.history()) {
            if (!status.scope().equals("message")) {
                byScope.computeIfAbsent(status.scope(), s -> new ArrayList<>()).add(status);
            }
        }
        List<Timeline> timelines = new ArrayList<>();
        byScope.forEach((scope, statuses) -> timelines.add(new Timeline(scope, scope.toUpperCase(), statuses)));
        List<HistoryView> overall = message.history().stream().filter(h -> h.scope().equals("message")).toList();
        if (!overall.isEmpty()) {
            timelines.add(new Timeline("message", "Message (Telesign's overall status)", overall));
        }
        return timelines;
    }
}
