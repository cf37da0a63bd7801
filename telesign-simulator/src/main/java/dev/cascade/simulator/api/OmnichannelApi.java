package dev.cascade.simulator.api;

import dev.cascade.simulator.auth.AuthVerdict;
import dev.cascade.simulator.auth.IncomingRequest;
import dev.cascade.simulator.auth.RequestAuthenticator;
import dev.cascade.simulator.delivery.AcceptedRequest;
import dev.cascade.simulator.delivery.Switchboard;
import dev.cascade.simulator.limits.RateLimiter;
import dev.cascade.simulator.validation.OmniRequestRules;
import dev.cascade.simulator.validation.RejectedRequest;
import dev.cascade.simulator.validation.RequestError;
import dev.cascade.telesign.message.RequestValidator;
import dev.cascade.telesign.status.ReferenceId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The gates Telesign puts in front of its omnichannel API, in its order — body size (413),
 * authentication (401), rate limit (429), the request rules (400) — then the {@link Switchboard}.
 * Plain Java: {@link OmnichannelResource} only translates HTTP to and from it.
 */
public final class OmnichannelApi {

    private static final System.Logger LOG = System.getLogger(OmnichannelApi.class.getName());
    private static final Pattern REFERENCE_ID = Pattern.compile("[0-9A-Fa-f]{32}");

    private final RequestAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final Switchboard switchboard;
    private final Supplier<ReferenceId> refusalIds;

    /** @param refusalIds reference ids for 400 answers: Telesign's carry one that leads nowhere */
    public OmnichannelApi(RequestAuthenticator authenticator, RateLimiter rateLimiter, Switchboard switchboard,
                          Supplier<ReferenceId> refusalIds) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.switchboard = Objects.requireNonNull(switchboard, "switchboard");
        this.refusalIds = Objects.requireNonNull(refusalIds, "refusalIds");
    }

    /** {@code POST /v1/omnichannel} with a body over 10 KB: refused unread and unauthenticated, like a front proxy. */
    public TelesignAnswer tooLarge() {
        RejectedRequest tooLarge = new RejectedRequest(RequestError.PAYLOAD_TOO_LARGE, "",
                "the body is over " + RequestValidator.MAX_BODY_BYTES + " bytes");
        LOG.log(Level.INFO, () -> "POST refused (413): " + tooLarge.detail());
        return Answers.rejected(tooLarge, Optional.empty(), refusalIds.get());
    }

    /** {@code POST /v1/omnichannel}. */
    public TelesignAnswer send(IncomingRequest request) {
        if (request.body().length > RequestValidator.MAX_BODY_BYTES) {
            return tooLarge();
        }
        Optional<TelesignAnswer> refused = gate(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        AcceptedRequest accepted;
        try {
            accepted = OmniRequestRules.check(request.body());
        } catch (RejectedRequest e) {
            LOG.log(Level.INFO, () -> "POST refused (" + e.error().httpStatus() + ", " + e.error().code() + "): " + e.detail());
            return Answers.rejected(e, OmniRequestRules.externalIdOf(request.body()), refusalIds.get());
        }
        Optional<TelesignAnswer> testNumber = TestNumbers.answerFor(accepted.phoneNumber(), accepted.externalId());
        if (testNumber.isPresent()) {
            LOG.log(Level.INFO, () -> "POST refused on purpose: test number " + accepted.phoneNumber());
            return testNumber.get();
        }
        return Answers.accepted(switchboard.accept(accepted), accepted.externalId());
    }

    /** {@code GET /v1/omnichannel/{reference_id}}. */
    public TelesignAnswer status(String referenceId, IncomingRequest request) {
        Optional<TelesignAnswer> refused = gate(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!REFERENCE_ID.matcher(referenceId).matches()) {
            return Answers.invalidReferenceId();
        }
        return switchboard.status(ReferenceId.of(referenceId)).map(Answers::report)
                .orElseGet(Answers::referenceIdExpired);
    }

    /** Authentication, then the rate limit: the refusal to answer, if any. */
    private Optional<TelesignAnswer> gate(IncomingRequest request) {
        AuthVerdict verdict = authenticator.check(request);
        if (!verdict.accepted()) {
            LOG.log(Level.INFO, () -> request.method() + " refused (401): " + verdict.reason());
            return Optional.of(Answers.notAuthorized(OmniRequestRules.externalIdOf(request.body())));
        }
        Optional<Duration> wait = rateLimiter.acquire();
        if (wait.isPresent()) {
            LOG.log(Level.DEBUG, () -> request.method() + " refused (429): over simulator.rate-limit");
            return Optional.of(Answers.rateLimited(wait.get(), OmniRequestRules.externalIdOf(request.body())));
        }
        return Optional.empty();
    }
}
