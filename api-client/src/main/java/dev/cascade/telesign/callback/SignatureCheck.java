package dev.cascade.telesign.callback;

import java.util.Objects;

/**
 * The verdict on a callback's signature, with a reason an operator can act on. Reasons never contain
 * the key or the expected signature.
 */
public record SignatureCheck(Verdict verdict, String reason) {

    public enum Verdict {
        VALID,
        /** Neither {@code Authorization} nor {@code X-TS-Authorization} was sent. */
        MISSING,
        /** A header is there but is not {@code TSA customerId:signature} (or a bare signature). */
        MALFORMED,
        /** Signed for another Telesign account than the one configured. */
        WRONG_CUSTOMER,
        /** Well-formed, but the body was altered or signed with another key. */
        MISMATCH
    }

    public SignatureCheck {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    static SignatureCheck valid() {
        return new SignatureCheck(Verdict.VALID, "signature valid");
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }
}
