package dev.cascade.simulator.delivery;

import dev.cascade.telesign.status.ReferenceId;
import java.util.SplittableRandom;

/**
 * Callbacks lost on the way, as happens upstream of Cascade (a Telesign outage, a proxy, a network): a share of
 * the steps is never posted at all — no attempt, no re-send — while the message goes on at Telesign, so a status
 * lookup still reports the truth. What Cascade's reconciliation is for. Decided per (message, step),
 * deterministically: the same message loses the same callbacks every time, so a failing test can be replayed.
 */
public record CallbackLoss(double share) {

    /** Every callback is posted. */
    public static final CallbackLoss NONE = new CallbackLoss(0);

    public CallbackLoss {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share of callbacks from 0 to 1, was " + share);
        }
    }

    /** Whether step {@code step} (0 = the first callback) of the message is lost. */
    public boolean drops(ReferenceId referenceId, int step) {
        if (share == 0) {
            return false;
        }
        if (share == 1) {
            return true;
        }
        return new SplittableRandom(referenceId.value().hashCode() * 31L + step).nextDouble() < share;
    }
}
