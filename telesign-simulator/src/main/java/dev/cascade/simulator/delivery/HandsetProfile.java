package dev.cascade.simulator.delivery;

/**
 * What the phone at the other end can do, which is what decides a cascade's fate.
 *
 * <p>Telesign's guide warns that RCS does not reach iOS devices: those sends wait out the
 * {@code fallback_time} and cascade to SMS. The split between the three profiles is exactly the
 * analytics question Cascade answers, so the simulator makes it deterministic per phone number.
 */
public enum HandsetProfile {

    /** An Android phone with RCS: RCS is delivered (and sometimes read). */
    RCS_CAPABLE,

    /** An iPhone or an Android phone without RCS: RCS stays silent until the fallback time, SMS delivers. */
    NO_RCS,

    /** Switched off, out of coverage or a dead number: RCS stays silent, SMS ends in a carrier failure. */
    UNREACHABLE
}
