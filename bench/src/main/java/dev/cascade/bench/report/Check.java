package dev.cascade.bench.report;

/**
 * A correctness check of a run ("every callback answered 2xx is in the ledger"): a benchmark whose
 * checks fail measured something other than Cascade working, and its timings mean nothing.
 */
public record Check(String name, boolean passed, String detail) {

    public static Check that(String name, boolean passed, String detail) {
        return new Check(name, passed, detail);
    }

    /**
     * The share of exchanges that may fail in transport (no HTTP answer at all) before a run counts as broken.
     * Under 64 concurrent keep-alive connections on 2 cores the JDK's HTTP/1.1 client reports a handful of
     * "header parser received no bytes" per few hundred thousand requests, against WildFly's Undertow and a
     * bare Undertow alike: a connection closed under it, which a sender re-sends (Telesign does). More than one
     * in ten thousand is a broken run, not that.
     */
    public static final long TRANSPORT_ERRORS_PER = 10_000;

    /** At most one transport error per {@link #TRANSPORT_ERRORS_PER} exchanges (one is always allowed). */
    public static Check transportErrors(String name, long errors, long exchanges, String detail) {
        long allowed = Math.max(1, (exchanges + TRANSPORT_ERRORS_PER - 1) / TRANSPORT_ERRORS_PER);
        return new Check(name, errors <= allowed, detail + " (at most " + allowed + " transport error(s) allowed for "
                + exchanges + " exchanges)");
    }

    /** Passes when the two counts are equal; the detail shows both. */
    public static Check equal(String name, long expected, long actual) {
        return new Check(name, expected == actual, "expected " + expected + ", found " + actual);
    }
}
