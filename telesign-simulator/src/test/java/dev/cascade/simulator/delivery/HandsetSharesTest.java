package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandsetSharesTest {

    @ParameterizedTest(name = "…{0} is {1}")
    @CsvSource({
            "15558675300, RCS_CAPABLE",
            "15558675310, RCS_CAPABLE",
            "15558675354, RCS_CAPABLE",
            "15558675355, NO_RCS",
            "15558675360, NO_RCS",
            "15558675394, NO_RCS",
            "15558675395, UNREACHABLE",
            "15558675397, UNREACHABLE",
            "15558675399, UNREACHABLE"})
    void theLastTwoDigitsPickTheHandsetWithTheDefaultShares(String phoneNumber, HandsetProfile profile) {
        assertThat(HandsetShares.DEFAULTS.profileOf(phoneNumber)).isEqualTo(profile);
    }

    @Test
    void theGuidesNumberIsAnRcsCapableHandset() {
        assertThat(HandsetShares.DEFAULTS.profileOf("15558675309")).isEqualTo(HandsetProfile.RCS_CAPABLE);
    }

    @Test
    void otherSharesMoveTheBoundaries() {
        HandsetShares shares = new HandsetShares(0.30, 0.60);

        assertThat(shares.profileOf("4915112345629")).isEqualTo(HandsetProfile.RCS_CAPABLE);
        assertThat(shares.profileOf("4915112345630")).isEqualTo(HandsetProfile.NO_RCS);
        assertThat(shares.profileOf("4915112345689")).isEqualTo(HandsetProfile.NO_RCS);
        assertThat(shares.profileOf("4915112345690")).isEqualTo(HandsetProfile.UNREACHABLE);
    }

    @Test
    void everyHandsetCanBeRcsCapableOrNone() {
        assertThat(new HandsetShares(1, 0).profileOf("15558675399")).isEqualTo(HandsetProfile.RCS_CAPABLE);
        assertThat(new HandsetShares(0, 1).profileOf("15558675300")).isEqualTo(HandsetProfile.NO_RCS);
        assertThat(new HandsetShares(0, 0).profileOf("15558675300")).isEqualTo(HandsetProfile.UNREACHABLE);
    }

    @Test
    void sharesBeyondTheWholeAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HandsetShares(0.7, 0.4));
        assertThatIllegalArgumentException().isThrownBy(() -> new HandsetShares(-0.1, 0.4));
        assertThatIllegalArgumentException().isThrownBy(() -> new HandsetShares(Double.NaN, 0.4));
    }
}
