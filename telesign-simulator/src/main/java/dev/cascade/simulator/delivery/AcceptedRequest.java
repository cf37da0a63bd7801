package dev.cascade.simulator.delivery;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code POST /v1/omnichannel} that passed Telesign's rules: what the simulator needs to play it.
 *
 * @param phoneNumber the recipient, digits only; its last two digits pick the {@link HandsetProfile}
 * @param channels    in the order they are tried
 * @param externalId  the caller's id, echoed in every callback
 * @param callbackUrl the per-request override of the account's callback URL
 */
public record AcceptedRequest(String phoneNumber, List<PlannedChannel> channels, Optional<String> externalId,
                              Optional<URI> callbackUrl) {

    public AcceptedRequest {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one channel");
        }
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }
}
