package dev.cascade.it.support;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.ChannelStatus;
import dev.cascade.telesign.status.DeliveryReport;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.OverallStatus;
import dev.cascade.telesign.status.ReferenceId;
import dev.cascade.telesign.status.StatusCode;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Delivery callbacks as Telesign writes them, for a message of the test's own. */
public final class Reports {

    public static final String GUIDE_REFERENCE = "35C8B5D509BC10689196FED2AD551B8A";

    private final String referenceId;
    private OverallStatus status;
    private final List<ChannelStatus> channels = new ArrayList<>();

    private Reports(String referenceId) {
        this.referenceId = referenceId;
    }

    /** A fresh 32-hex reference id, so tests never see each other's messages. */
    public static String newReference() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    public static Reports forMessage(String referenceId) {
        return new Reports(referenceId);
    }

    /** Telesign's guide callback example, verbatim but for its reference id. */
    public static byte[] guideCallback(String referenceId) {
        try (InputStream in = Reports.class.getResourceAsStream("/telesign/guide-callback.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace(GUIDE_REFERENCE, referenceId).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reports status(int code, String lastChannel, Instant at) {
        StatusCode statusCode = StatusCode.of(code);
        status = new OverallStatus(statusCode, statusCode.meaning().orElse(""), Optional.of(Channel.of(lastChannel)),
                Optional.of(TelesignTimestamp.of(at)));
        return this;
    }

    public Reports channel(String channel, int code, Instant at) {
        StatusCode statusCode = StatusCode.of(code);
        Optional<ReferenceId> channelReference = code == 3001 ? Optional.empty()
                : Optional.of(ReferenceId.of(referenceId.substring(0, 28) + String.format("%04X", channel.hashCode() & 0xFFFF)));
        channels.add(new ChannelStatus(Channel.of(channel), statusCode, statusCode.meaning().orElse(""), channelReference,
                Optional.of(TelesignTimestamp.guideStyle(at))));
        return this;
    }

    public byte[] bytes() {
        return DeliveryReportWriter.write(new DeliveryReport(ReferenceId.of(referenceId), Optional.empty(),
                Optional.ofNullable(status), channels));
    }
}
