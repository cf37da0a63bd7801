package dev.cascade.ledger.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The country calling code at the start of an E.164 number ({@code 1} for 15558675309, {@code 44} for
 * 447700900123, {@code 351} for 351912345678), for the dashboard's country filter. E.164 codes are a
 * prefix code: 1 and 7 are one digit, a fixed set are two, every other is three. ASCII digits only:
 * {@link Character#isDigit} would take Arabic-Indic or full-width digits too.
 */
public final class CallingCode {

    private static final Set<String> TWO_DIGIT = Set.of(
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
            "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private CallingCode() {
    }

    public static Optional<String> of(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.length() < 4 || !phoneNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        char first = phoneNumber.charAt(0);
        if (first == '1' || first == '7') {
            return Optional.of(String.valueOf(first));
        }
        if (first == '0') {
            return Optional.empty();
        }
        String two = phoneNumber.substring(0, 2);
        return Optional.of(TWO_DIGIT.contains(two) ? two : phoneNumber.substring(0, 3));
    }
}
