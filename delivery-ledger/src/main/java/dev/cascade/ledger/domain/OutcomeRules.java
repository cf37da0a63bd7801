package dev.cascade.ledger.domain;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.StatusKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one function that decides a message's {@link Outcome} from its channels' current statuses.
 * SQL, charts and CSV exports use its categories and never re-derive them.
 *
 * <p>The rules, first match wins (each is documented in {@code docs/metrics.md}):
 * <ol>
 *   <li>RCS delivered (3000) or read (3005): {@link Outcome#DELIVERED_RCS}.</li>
 *   <li>SMS delivered after RCS (RCS requested before SMS when Cascade sent it; otherwise RCS has a
 *       status): {@link Outcome#DELIVERED_SMS_FALLBACK}. Telesign only moves to SMS once RCS failed.</li>
 *   <li>Any other delivery (SMS-only sends, other channels, also after a failed RCS):
 *       {@link Outcome#DELIVERED_OTHER}.</li>
 *   <li>A channel at 3004 (sent, no handset receipt): {@link Outcome#LIKELY_DELIVERED}.</li>
 *   <li>A channel not final (in progress, or an unknown code): {@link Outcome#PENDING}.</li>
 *   <li>Every channel seen failed: {@link Outcome#FAILED} — unless a fallback is still to come:
 *       the last failure is the channel's (not the account's, see {@link #ENDS_THE_MESSAGE}) and a
 *       requested channel has no status yet, or (requested channels unknown) only RCS was seen and
 *       Telesign's message-level status is not a failure. Then {@link Outcome#PENDING}.</li>
 *   <li>No channel status at all: the message-level status decides (delivered, likely, failed),
 *       otherwise pending.</li>
 * </ol>
 */
public final class OutcomeRules {

    /**
     * Failures of the account or the request rather than of the channel (no channel enabled, risk
     * block, prepaid funds, rate limits and caps, test registration, authorization, service): Telesign
     * does not cascade after them, so no fallback is waited for.
     */
    static final Set<Integer> ENDS_THE_MESSAGE = Set.of(3006, 3072, 3073, 3203, 3204, 3205, 3206, 3207, 3209, 3400, 3500);

    private OutcomeRules() {
    }

    /**
     * @param channels  the current status of each channel, in the order Telesign tried them
     * @param overall   Telesign's message-level status, when known
     * @param requested the channels Cascade asked for, in order; empty when Cascade did not send it
     */
    public static OutcomeVerdict decide(List<ChannelState> channels, Optional<StatusCode> overall, List<Channel> requested) {
        Optional<ChannelState> rcs = find(channels, Channel.RCS);
        if (rcs.isPresent() && rcs.get().code().kind().isDelivered()) {
            return verdict(Outcome.DELIVERED_RCS, rcs.get(), "RCS " + describe(rcs.get()));
        }
        Optional<ChannelState> sms = find(channels, Channel.SMS);
        if (sms.isPresent() && sms.get().code().kind().isDelivered() && rcsTriedBeforeSms(rcs, requested)) {
            String rcsPart = rcs.map(r -> "RCS " + describe(r)).orElse("RCS requested first");
            return verdict(Outcome.DELIVERED_SMS_FALLBACK, sms.get(), rcsPart + "; then SMS " + describe(sms.get()));
        }
        Optional<ChannelState> delivered = channels.stream().filter(c -> c.code().kind().isDelivered()).findFirst();
        if (delivered.isPresent()) {
            String before = channels.subList(0, channels.indexOf(delivered.get())).stream()
                    .map(c -> label(c) + " " + describe(c) + "; then ").collect(Collectors.joining());
            return verdict(Outcome.DELIVERED_OTHER, delivered.get(),
                    before + label(delivered.get()) + " " + describe(delivered.get()));
        }
        Optional<ChannelState> likely = channels.stream()
                .filter(c -> c.code().kind() == StatusKind.LIKELY_DELIVERED).findFirst();
        if (likely.isPresent()) {
            return verdict(Outcome.LIKELY_DELIVERED, likely.get(), label(likely.get()) + " " + describe(likely.get()));
        }
        Optional<ChannelState> open = channels.stream().filter(c -> !c.code().isFinal()).findFirst();
        if (open.isPresent()) {
            return verdict(Outcome.PENDING, open.get(), label(open.get()) + " " + describe(open.get()));
        }
        if (channels.isEmpty()) {
            return withoutChannels(overall);
        }
        String failures = channels.stream().map(c -> label(c) + " " + c.code() + meaning(c.code()))
                .collect(Collectors.joining(", "));
        ChannelState last = channels.get(channels.size() - 1);
        Optional<Channel> next = fallbackToCome(channels, overall, requested);
        if (next.isPresent()) {
            return verdict(Outcome.PENDING, last, failures + "; waiting for " + next.get().name().toUpperCase());
        }
        return verdict(Outcome.FAILED, last, "every channel tried failed: " + failures);
    }

    /** Only the message-level status is known: it says delivered, failed, or nothing final yet. */
    private static OutcomeVerdict withoutChannels(Optional<StatusCode> overall) {
        if (overall.isEmpty()) {
            return new OutcomeVerdict(Outcome.PENDING, Optional.empty(), "no status received yet");
        }
        StatusCode code = overall.get();
        String reason = "message status " + code + meaning(code) + ", no channel reported";
        Outcome outcome = switch (code.kind()) {
            case DELIVERED, READ -> Outcome.DELIVERED_OTHER;
            case LIKELY_DELIVERED -> Outcome.LIKELY_DELIVERED;
            case FAILED -> Outcome.FAILED;
            case IN_PROGRESS, UNKNOWN -> Outcome.PENDING;
        };
        return new OutcomeVerdict(outcome, Optional.empty(), reason);
    }

    private static Optional<Channel> fallbackToCome(List<ChannelState> channels, Optional<StatusCode> overall,
                                                    List<Channel> requested) {
        ChannelState last = channels.get(channels.size() - 1);
        if (ENDS_THE_MESSAGE.contains(last.code().value())) {
            return Optional.empty();
        }
        if (!requested.isEmpty()) {
            return requested.stream().filter(channel -> find(channels, channel).isEmpty()).findFirst();
        }
        boolean onlyRcs = channels.stream().allMatch(c -> c.channel().equals(Channel.RCS));
        boolean telesignGaveUp = overall.map(code -> code.kind() == StatusKind.FAILED).orElse(false);
        return onlyRcs && !telesignGaveUp ? Optional.of(Channel.SMS) : Optional.empty();
    }

    /**
     * Whether SMS came after RCS: by the requested order when Cascade sent the message, else by RCS
     * having reported at all (Telesign tries channels in order, so a reported RCS came first).
     */
    private static boolean rcsTriedBeforeSms(Optional<ChannelState> rcs, List<Channel> requested) {
        if (requested.isEmpty()) {
            return rcs.isPresent();
        }
        int rcsAt = requested.indexOf(Channel.RCS);
        int smsAt = requested.indexOf(Channel.SMS);
        return rcsAt >= 0 && smsAt > rcsAt;
    }

    private static Optional<ChannelState> find(List<ChannelState> channels, Channel channel) {
        return channels.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    private static OutcomeVerdict verdict(Outcome outcome, ChannelState decidedBy, String reason) {
        return new OutcomeVerdict(outcome, Optional.of(decidedBy.channel()), reason);
    }

    private static String label(ChannelState state) {
        return state.channel().name().toUpperCase();
    }

    private static String describe(ChannelState state) {
        return state.code() + meaning(state.code());
    }

    private static String meaning(StatusCode code) {
        return code.meaning().map(m -> " (" + m + ")").orElse("");
    }
}
