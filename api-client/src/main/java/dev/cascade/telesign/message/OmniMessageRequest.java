package dev.cascade.telesign.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code POST /v1/omnichannel} request: whom to reach, which channels to try in order, and what each
 * channel shows.
 *
 * <p>Built with {@link #builder()}; the guide's case — an RCS link button that falls back to SMS — is
 * {@link Builder#rcsLinkButton} then {@link Builder#smsFallback}. The builder does not reject anything:
 * {@link RequestValidator} reports every problem at once (the client validates before sending), so a
 * form can show them all next to their fields. Until validated, {@code phoneNumber} and
 * {@code messageType} may be null.
 *
 * @param channels the channels in the order Telesign should try them
 * @param message  what each channel shows, keyed by channel
 */
public record OmniMessageRequest(String phoneNumber, MessageType messageType, List<ChannelAttempt> channels,
                                 Map<Channel, ChannelContent> message, Optional<String> externalId,
                                 Optional<String> callbackUrl, Optional<String> senderId) {

    public OmniMessageRequest {
        channels = List.copyOf(channels);
        message = Collections.unmodifiableMap(new LinkedHashMap<>(message));
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(senderId, "senderId");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder().phoneNumber(phoneNumber).messageType(messageType);
        b.channels.addAll(channels);
        b.message.putAll(message);
        b.externalId = externalId.orElse(null);
        b.callbackUrl = callbackUrl.orElse(null);
        b.senderId = senderId.orElse(null);
        return b;
    }

    /** The phone number is personal data: only its last digits are printed. */
    @Override
    public String toString() {
        String masked = phoneNumber == null || phoneNumber.length() < 4
                ? "?" : "…" + phoneNumber.substring(phoneNumber.length() - 4);
        return "OmniMessageRequest[to=" + masked + ", type=" + messageType + ", channels="
                + channels.stream().map(c -> c.channel().name()).toList() + ", externalId=" + externalId.orElse("-") + "]";
    }

    /** Mutable, not thread-safe; {@link #build()} may be called any number of times. */
    public static final class Builder {
        private String phoneNumber;
        private MessageType messageType;
        private final List<ChannelAttempt> channels = new ArrayList<>();
        private final Map<Channel, ChannelContent> message = new LinkedHashMap<>();
        private String externalId;
        private String callbackUrl;
        private String senderId;

        private Builder() {
        }

        /** The recipient: country code and number, digits only ({@code 15558675309}). */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        public Builder messageType(MessageType messageType) {
            this.messageType = messageType;
            return this;
        }

        /** RCS first, with a link button, cascading to the next channel after {@code fallbackTimeSeconds}. */
        public Builder rcsLinkButton(RcsUrlAction content, int fallbackTimeSeconds) {
            return channel(ChannelAttempt.withFallback(Channel.RCS, fallbackTimeSeconds), content);
        }

        /** SMS with plain text, as the next channel. */
        public Builder smsFallback(String text) {
            return channel(ChannelAttempt.of(Channel.SMS), new SmsText(text));
        }

        /** Any channel with any content, appended to the channel list. */
        public Builder channel(ChannelAttempt attempt, ChannelContent content) {
            channels.add(Objects.requireNonNull(attempt, "attempt"));
            message.put(attempt.channel(), Objects.requireNonNull(content, "content"));
            return this;
        }

        /** Appends a channel without content (its content may come from {@link #content}). */
        public Builder channel(ChannelAttempt attempt) {
            channels.add(Objects.requireNonNull(attempt, "attempt"));
            return this;
        }

        /** Sets what {@code channel} shows without touching the channel list. */
        public Builder content(Channel channel, ChannelContent content) {
            message.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(content, "content"));
            return this;
        }

        /** Your own id for the message (≤ 100 ASCII characters); Telesign echoes it in callbacks. */
        public Builder externalId(String externalId) {
            this.externalId = blankToNull(externalId);
            return this;
        }

        /** Where this message's callbacks go instead of the account's URL (must be enabled on the account). */
        public Builder callbackUrl(String callbackUrl) {
            this.callbackUrl = blankToNull(callbackUrl);
            return this;
        }

        public Builder senderId(String senderId) {
            this.senderId = blankToNull(senderId);
            return this;
        }

        public OmniMessageRequest build() {
            return new OmniMessageRequest(phoneNumber, messageType, channels, message, Optional.ofNullable(externalId),
                    Optional.ofNullable(callbackUrl), Optional.ofNullable(senderId));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
