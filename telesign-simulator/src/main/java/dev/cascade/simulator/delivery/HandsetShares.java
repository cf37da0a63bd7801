package dev.cascade.simulator.delivery;

import java.util.Objects;

/**
 * How the simulated population of handsets divides into profiles, as cumulative shares of the
 * 100 possible last-two-digit endings of a phone number.
 *
 * <p>The rule is deterministic so that tests and the demo can pick an outcome by picking a number:
 * with the default shares 0.55 and 0.40, endings 00-54 are RCS-capable ("…10" is an Android phone),
 * 55-94 have no RCS ("…60" is an iPhone) and 95-99 are unreachable ("…97").
 *
 * @param rcs   share of RCS-capable handsets, 0-1
 * @param noRcs share of handsets without RCS, 0-1; {@code rcs + noRcs <= 1}, the rest is unreachable
 */
public record HandsetShares(double rcs, double noRcs) {

    public static final HandsetShares DEFAULTS = new HandsetShares(0.55, 0.40);

    public HandsetShares {
        if (!(rcs >= 0 && rcs <= 1) || !(noRcs >= 0 && noRcs <= 1)) {
            throw new IllegalArgumentException("shares are fractions between 0 and 1, were " + rcs + " and " + noRcs);
        }
        if (rcs + noRcs > 1.000_001) {
            throw new IllegalArgumentException("the shares add up to more than 1: " + rcs + " + " + noRcs);
        }
    }

    /** The profile of the handset behind {@code phoneNumber}, by its last two digits. */
    public HandsetProfile profileOf(String phoneNumber) {
        int ending = lastTwoDigits(phoneNumber);
        if (ending < endOfRcs()) {
            return HandsetProfile.RCS_CAPABLE;
        }
        return ending < endOfNoRcs() ? HandsetProfile.NO_RCS : HandsetProfile.UNREACHABLE;
    }

    /** The first ending (0-100) that is no longer RCS-capable: 55 with the defaults. */
    public int endOfRcs() {
        return (int) Math.round(rcs * 100);
    }

    /** The first ending (0-100) that is unreachable: 95 with the defaults. */
    public int endOfNoRcs() {
        return Math.min(100, (int) Math.round((rcs + noRcs) * 100));
    }

    static int lastTwoDigits(String phoneNumber) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        if (phoneNumber.length() < 2 || !Character.isDigit(phoneNumber.charAt(phoneNumber.length() - 1))
                || !Character.isDigit(phoneNumber.charAt(phoneNumber.length() - 2))) {
            throw new IllegalArgumentException("a phone number ends in two digits");
        }
        return Integer.parseInt(phoneNumber.substring(phoneNumber.length() - 2));
    }
}
