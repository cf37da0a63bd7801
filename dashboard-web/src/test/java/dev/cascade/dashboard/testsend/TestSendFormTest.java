package dev.cascade.dashboard.testsend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.telesign.message.MessageType;
import dev.cascade.telesign.message.OmniMessageRequest;
import dev.cascade.telesign.message.RequestValidator;
import dev.cascade.telesign.message.WireFormat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestSendFormTest {

    private static TestSendForm posted(Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(TestSendForm.blank().values());
        fields.putAll(changes);
        return TestSendForm.of(fields::get);
    }

    @Test
    void theBlankFormWithANumberIsAValidRequest() {
        TestSendForm form = posted(Map.of("phone", "+1 (555) 867-5360"));

        OmniMessageRequest request = form.request();

        assertThat(form.hasErrors()).isFalse();
        assertThat(request.phoneNumber()).isEqualTo("15558675360");
        assertThat(request.messageType()).isEqualTo(MessageType.ARN);
        assertThat(RequestValidator.validate(request, WireFormat.GUIDE)).isEmpty();
    }

    @Test
    void eachValidationProblemLandsNextToItsField() {
        TestSendForm form = posted(Map.of("phone", "12", "url", "not a url", "fallbackTime", "5", "smsText", "",
                "externalId", "x".repeat(101)));

        form.addViolations(RequestValidator.validate(form.request(), WireFormat.GUIDE));

        assertThat(form.errors()).containsOnlyKeys("phone", "url", "fallbackTime", "smsText", "externalId");
    }

    @Test
    void aFallbackTimeInWordsIsAFieldErrorBeforeValidation() {
        TestSendForm form = posted(Map.of("phone", "15558675360", "fallbackTime", "ten minutes"));

        form.request();

        assertThat(form.errors()).containsKey("fallbackTime");
    }

    @Test
    void anUnknownMessageTypeIsAFieldError() {
        TestSendForm form = posted(Map.of("phone", "15558675360", "messageType", "SPAM"));

        form.request();

        assertThat(form.errors()).containsKey("messageType");
    }
}
