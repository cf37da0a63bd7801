package dev.cascade.bench.report;

/**
 * A correctness check of a run ("every callback answered 2xx is in the ledger"): a benchmark whose
 * checks fail measured something other than Cascade working, and its timings mean nothing.
 */
public record Check(String name, boolean passed, String detail) {

    public static Check that(String name, boolean passed, String detail) {
        return new Check(name, passed, detail);
    }

    /** Passes when the two counts are equal; the detail shows both. */
    public static Check equal(String name, long expected, long actual) {
        return new Check(name, expected == actual, "expected " + expected + ", found " + actual);
    }
}
