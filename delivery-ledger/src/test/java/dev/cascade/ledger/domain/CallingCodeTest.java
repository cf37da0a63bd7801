package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The country filter of the dashboard: the E.164 calling code at the start of a number. */
class CallingCodeTest {

    @ParameterizedTest(name = "{0} is +{1}")
    @CsvSource({
            "15558675309, 1",      // North America
            "79161234567, 7",      // Russia
            "447700900123, 44",    // United Kingdom
            "351912345678, 351",   // Portugal
            "2348012345678, 234",  // Nigeria
            "27821234567, 27",     // South Africa
            "8613812345678, 86",   // China
            "201001234567, 20",    // Egypt: the only two-digit code in zone 2 but 27
            "33612345678, 33",     // France
            "4915123456789, 49",   // Germany
            "5511987654321, 55",   // Brazil
            "919876543210, 91",    // India
            "353871234567, 353",   // Ireland: 35 is not a code, so three digits
            "8801712345678, 880",  // Bangladesh
            "971501234567, 971",   // United Arab Emirates
            "1234, 1",             // the shortest number still read
    })
    void callingCodeIsTheE164PrefixOfTheNumber(String phoneNumber, String callingCode) {
        assertThat(CallingCode.of(phoneNumber)).contains(callingCode);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"1", "44", "447", "+15558675309", "1555 867 5309", "1-555-867-5309", "44770090012x",
            " 447700900123", "0447700900123", "0015558675309", "07700900123"})
    void noCallingCodeForMissingShortNonDigitOrTrunkPrefixedNumbers(String phoneNumber) {
        assertThat(CallingCode.of(phoneNumber)).isEmpty();
    }

    /** {@link Character#isDigit} says yes to these, but E.164 numbers are written in ASCII digits only. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "٤٤٧٧٠٠٩٠٠١٢٣",     // Arabic-Indic digits for 447700900123
            "۴۴۷۷۰۰۹۰۰۱۲۳",     // Extended Arabic-Indic (Persian) digits
            "１５５５８６７",          // full-width digits for 1555867
            "१५५५८६७५३०९",       // Devanagari digits for 15558675309
            "44٧٧00900123",     // ASCII mixed with Arabic-Indic
            "1５55867",          // ASCII mixed with a full-width digit
    })
    void noCallingCodeForNonAsciiDigits(String phoneNumber) {
        assertThat(phoneNumber.chars()).as("Character.isDigit takes them all").allMatch(Character::isDigit);
        assertThat(CallingCode.of(phoneNumber)).isEmpty();
    }
}
