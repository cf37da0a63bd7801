package dev.cascade.bench.client;

import dev.cascade.telesign.auth.Credentials;
import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RcsUrlAction;

/**
 * The message both clients send: Telesign's guide example, an RCS card with a link button that falls
 * back to SMS after 600 s, as Cascade's campaigns send it (docs/api-client.md).
 */
final class GuideMessage {

    /** The benchmark's own account: not Telesign's, not a secret. */
    static final Credentials ACCOUNT = new Credentials("BE4C0000-CA5C-ADE0-0000-000000000002",
            "YmVuY2gta2V5LW5vdC1hLXNlY3JldC1jYXNjYWRlLWNsaWVudA==");

    private GuideMessage() {
    }

    /** The guide's message for order {@code n}: built afresh per call, as an application builds each send. */
    static OmniMessageRequest forOrder(long n) {
        return OmniMessageRequest.builder()
                .phoneNumber("15558675309")
                .messageType(MessageType.MKT)
                .rcsLinkButton(new RcsUrlAction("Thanks for your purchase! Track your order status here:",
                        "https://example.com/track-order", "Track Order", "urlid1"), 600)
                .smsFallback("Thanks for your purchase! Track your order: https://example.com/track-order")
                .externalId("order-" + n)
                .build();
    }
}
