package dev.cascade.sending.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RequestValidator;
import dev.cascade.telesign.message.WireFormat;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoMessagesTest {

    private final DemoMessages messages = new DemoMessages(new SplittableRandom(7));

    @Test
    void everyDemoMessageIsAValidRcsLinkButtonWithSmsFallback() {
        for (int i = 0; i < 500; i++) {
            OmniMessageRequest request = messages.next("demo-" + i);

            assertThat(RequestValidator.validate(request, WireFormat.GUIDE)).as(request.toString()).isEmpty();
            assertThat(request.channels()).extracting(c -> c.channel()).containsExactly(Channel.RCS, Channel.SMS);
            assertThat(request.externalId()).contains("demo-" + i);
        }
    }

    @Test
    void lastTwoDigitsAreSpreadEvenlySoHandsetSharesHold() {
        int[] buckets = new int[100];
        IntStream.range(0, 20_000).forEach(i -> {
            String phone = messages.phoneNumber();
            buckets[Integer.parseInt(phone.substring(phone.length() - 2))]++;
        });

        long rcsCapable = IntStream.range(0, 55).map(i -> buckets[i]).sum();
        assertThat(rcsCapable / 20_000.0).isBetween(0.52, 0.58);
        assertThat(IntStream.of(buckets).min().orElseThrow()).isPositive();
    }
}
