package dev.cascade.sending;

import dev.cascade.ledger.application.DeliveryLedger;
import dev.cascade.ledger.application.Origin;
import dev.cascade.ledger.application.SendRecord;
import dev.cascade.ledger.infrastructure.DatabaseFailures;
import dev.cascade.telesign.client.SendResult;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.message.ChannelAttempt;
import dev.cascade.telesign.message.OmniMessageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends a message through Telesign and records it in the ledger as Cascade's (or a test send), so its
 * callbacks join a row that knows the phone number, the channels asked for and the send time.
 *
 * <p>Not one transaction: the call to Telesign must not hold a database transaction open, and a
 * message Telesign accepted must count as sent even if recording fails — its callbacks then create
 * the row themselves (origin CALLBACK), which is logged.
 */
@ApplicationScoped
public class MessageSending {

    private static final System.Logger LOG = System.getLogger(MessageSending.class.getName());
    private static final int MAX_RECORD_ATTEMPTS = 3;

    @Inject
    TelesignConnection telesign;

    @Inject
    DeliveryLedger ledger;

    @Inject
    Clock clock;

    /**
     * @throws TelesignException              Telesign refused or could not be reached (nothing recorded)
     * @throws TelesignNotConfiguredException no credentials configured
     */
    public SendResult send(OmniMessageRequest request, Origin origin, Optional<String> sentBy) throws TelesignException {
        Instant sentAt = clock.instant();
        SendResult result = telesign.client().send(request);
        OptionalInt fallback = request.channels().isEmpty() ? OptionalInt.empty()
                : request.channels().get(0).fallbackTimeSeconds();
        SendRecord record = new SendRecord(result.referenceId(), origin, request.phoneNumber(),
                request.messageType().name(), request.externalId(),
                request.channels().stream().map(ChannelAttempt::channel).toList(), fallback, sentAt, sentBy);
        record(record);
        return result;
    }

    /**
     * Telesign's first callback can race this very insert (the simulator calls back at once): the
     * loser of such a race gets a unique violation or a deadlock, which a second attempt resolves.
     */
    private void record(SendRecord record) {
        for (int attempt = 1; ; attempt++) {
            try {
                ledger.recordSend(record);
                return;
            } catch (RuntimeException e) {
                if (attempt < MAX_RECORD_ATTEMPTS && DatabaseFailures.classify(e) == DatabaseFailures.Kind.RETRYABLE) {
                    continue;
                }
                LOG.log(Level.ERROR, "Telesign accepted " + record.referenceId() + " but recording the send failed; "
                        + "its callbacks will still create the message (origin CALLBACK)", e);
                return;
            }
        }
    }
}
