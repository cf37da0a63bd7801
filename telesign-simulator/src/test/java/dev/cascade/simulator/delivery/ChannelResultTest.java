package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cascade.telesign.status.StatusCode;
import org.junit.jupiter.api.Test;

class ChannelResultTest {

    @Test
    void failureCodesReadWithTelesignsTextsOrTheirOwn() {
        assertThat(ChannelResult.parseFailures("3033, 3041, 3044:Permanent carrier error")).containsExactly(
                new ChannelResult(StatusCode.of(3033), "Message expired"),
                new ChannelResult(StatusCode.of(3041), "Carrier rejected - temporary problem"),
                new ChannelResult(StatusCode.of(3044), "Permanent carrier error"));
    }

    @Test
    void aCodeWithoutAPublishedTextIsADeliveryError() {
        assertThat(ChannelResult.failure(3047).description()).isEqualTo("Delivery error");
    }

    @Test
    void anEmptyOrUnreadableListIsAConfigurationError() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChannelResult.parseFailures(" , "));
        assertThatIllegalArgumentException().isThrownBy(() -> ChannelResult.parseFailures("expired"));
    }
}
