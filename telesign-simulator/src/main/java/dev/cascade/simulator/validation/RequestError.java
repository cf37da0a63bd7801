package dev.cascade.simulator.validation;

/**
 * The errors Telesign's API description lists for {@code POST /v1/omnichannel}, with its texts;
 * {@code %s} is the offending value, as Telesign's {@code {parameter}} placeholders show it.
 */
public enum RequestError {

    /** {@code message_type} is not ARN, MKT or OTP. */
    INVALID_MESSAGE_TYPE(400, 3102, "Invalid value for parameter message_type: %s"),
    /** {@code external_id} longer than 100 or not ASCII. */
    INVALID_EXTERNAL_ID(400, 3103, "Unsupported value for parameter external_id: %s"),
    INVALID_LIFECYCLE_EVENT(400, 3104, "Invalid value for parameter account_lifecycle_event: %s"),
    INVALID_ORIGINATING_IP(400, 3105, "Invalid value for parameter originating_ip: %s"),
    /** Empty (Telesign's case) or not an absolute http(s) URL (the simulator must be able to post to it). */
    INVALID_CALLBACK_URL(400, 3106, "Invalid value for parameter callback_url: %s"),
    /** Not JSON, the wrong JSON types, a malformed phone number, template parameters missing. */
    INVALID_REQUEST(400, 3110, "Invalid request"),
    /** A channel not in the enum, listed twice, or a bad {@code fallback_time}: "improperly formatted". */
    INVALID_CHANNEL(400, 3113, "Invalid value for parameter channel: %s"),
    PAYLOAD_TOO_LARGE(413, 3116, "Payload limit size exceeded"),
    MISSING_CHANNELS(400, 3300, "Missing parameter channels"),
    MISSING_CHANNEL(400, 3301, "Missing parameter channel"),
    MISSING_PHONE_NUMBER(400, 3302, "Missing parameter phone_number"),
    MISSING_MESSAGE(400, 3303, "Missing parameter message"),
    MISSING_MESSAGE_TYPE(400, 3304, "Missing parameter message_type");

    private final int httpStatus;
    private final int code;
    private final String text;

    RequestError(int httpStatus, int code, String text) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.text = text;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    /** Telesign's description, with the offending value where its text has a placeholder. */
    public String describe(String value) {
        return text.contains("%s") ? String.format(text, value) : text;
    }
}
