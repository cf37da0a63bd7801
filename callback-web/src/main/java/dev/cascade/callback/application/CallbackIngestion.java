package dev.cascade.callback.application;

import dev.cascade.ledger.application.ApplyResult;
import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.IncomingReport;
import dev.cascade.ledger.application.IngestionCounters;
import dev.cascade.ledger.application.RejectedCallback;
import dev.cascade.ledger.application.ReportSource;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.callback.SignatureCheck;
import dev.cascade.telesign.status.DeliveryReportParser;
import dev.cascade.telesign.status.MalformedReportException;
import dev.cascade.telesign.status.ParsedReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives one Telesign callback: checks its signature on the raw bytes, reads it, and stores it.
 * Returns only once the callback is committed; everything else is an exception the REST layer maps
 * (4xx for what the callback is, 503 for what the ledger cannot do now).
 */
@ApplicationScoped
public class CallbackIngestion {

    private static final System.Logger LOG = System.getLogger(CallbackIngestion.class.getName());
    /** For a rejected receipt's reference id only: the body was not readable as a report. */
    static final String MISSING_CREDENTIALS = "Cascade refuses to start callback verification without credentials: "
            + "set TELESIGN_CUSTOMER_ID and TELESIGN_API_KEY (the account whose key signs Telesign's callbacks), or, only "
            + "behind another authenticating proxy, set cascade.callbacks.verify-signatures=false";
    private static final Pattern REFERENCE_ID = Pattern.compile("\"reference_id\"\\s*:\\s*\"([A-Za-z0-9-]{1,64})\"");

    @Inject
    CallbackSettings settings;

    @Inject
    LedgerWriter writer;

    @Inject
    DeliveryLedger ledger;

    @Inject
    IngestionCounters counters;

    @Inject
    Clock clock;

    private Optional<CallbackSignatures> signatures;

    @PostConstruct
    void configure() {
        signatures = settings.credentials().map(CallbackSignatures::new);
        if (!settings.verifySignatures()) {
            LOG.log(Level.WARNING, "CALLBACK SIGNATURE VERIFICATION IS OFF (cascade.callbacks.verify-signatures=false): "
                    + "anyone who can reach /callbacks/telesign can write to the ledger");
        } else if (signatures.isEmpty()) {
            // Refusing to deploy beats answering every callback 503 for days: the operator sees it at once,
            // and nothing unverified can be stored meanwhile. Telesign re-sends for hours, so no callback is lost.
            throw new IllegalStateException(MISSING_CREDENTIALS);
        }
    }

    /**
     * Observing start-up makes CDI construct this bean then (running {@link #configure()}), so missing
     * credentials fail WildFly's deployment of the EAR instead of the first callback.
     */
    void constructAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Nothing more to do: being called is the point.
    }

    public ApplyResult receive(byte[] body, String contentType, String authorization, String xTsAuthorization) {
        counters.received();
        Instant receivedAt = clock.instant();
        if (settings.verifySignatures()) {
            // Present: configure() refused to start without it.
            SignatureCheck check = signatures.orElseThrow().verify(body, authorization, xTsAuthorization);
            if (!check.isValid()) {
                throw reject(body, contentType, receivedAt, new CallbackRejectedException(401, "signature-invalid",
                        "Callback signature invalid", check.reason(), null));
            }
        }
        ParsedReport parsed;
        try {
            parsed = DeliveryReportParser.parse(body);
        } catch (MalformedReportException e) {
            throw reject(body, contentType, receivedAt, new CallbackRejectedException(400, "malformed-callback",
                    "Callback body is not a readable delivery report", e.getMessage(), e.path().isEmpty() ? null : e.path()));
        }
        try {
            ApplyResult result = writer.store(new IncomingReport(parsed.report(), body, contentType, receivedAt,
                    parsed.warnings(), ReportSource.CALLBACK));
            counters.stored(result.verdict());
            return result;
        } catch (LedgerUnavailableException e) {
            counters.unavailable();
            throw e;
        }
    }

    /** Rejections that happen before a body is read (size, content type) are counted and kept too. */
    public CallbackRejectedException rejectUnread(byte[] bodyPrefix, String contentType, CallbackRejectedException rejection) {
        counters.received();
        return reject(bodyPrefix, contentType, clock.instant(), rejection);
    }

    private CallbackRejectedException reject(byte[] body, String contentType, Instant receivedAt,
                                             CallbackRejectedException rejection) {
        counters.rejected();
        try {
            ledger.recordRejected(new RejectedCallback(body, contentType, receivedAt,
                    rejection.status() + " " + rejection.type() + ": " + rejection.getMessage(), referenceIdIn(body)));
        } catch (RuntimeException e) {
            // The answer is a 4xx either way; keeping the receipt is for operators, not for Telesign.
            LOG.log(Level.WARNING, "could not keep the receipt of a rejected callback: " + e);
        }
        return rejection;
    }

    private static Optional<String> referenceIdIn(byte[] body) {
        Matcher m = REFERENCE_ID.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1).toUpperCase()) : Optional.empty();
    }
}
