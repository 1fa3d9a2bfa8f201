package dk.helhed.people.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" is +4520304050")
    @ValueSource(strings = {"20 30 40 50", "20304050", "+45 20 30 40 50", "0045 20304050", "  20 30 40 50  "})
    @DisplayName("Danish numbers may be written with or without +45 or 0045, with spaces")
    void danishNumbers(String written) {
        assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber("+4520304050"));
    }

    @Test
    @DisplayName("a foreign number with its country code is kept as E.164")
    void foreignNumberWithCountryCode() {
        assertThat(PhoneNumber.parse("+46 70 123 45 67")).contains(new PhoneNumber("+46701234567"));
        assertThat(PhoneNumber.parse("+90 532 123 45 67")).contains(new PhoneNumber("+905321234567"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12", "abc", "20 30 40 5", "+45 12 34 56 78"})
    @DisplayName("too short, not digits, blank, absent or unallocated numbers are refused")
    void notNumbers(String written) {
        assertThat(PhoneNumber.parse(written)).isEmpty();
    }

    @Test
    @DisplayName("absurdly long input is refused before it reaches the parser")
    void longInput() {
        assertThat(PhoneNumber.parse("2".repeat(33))).isEmpty();
    }

    @Test
    @DisplayName("the record itself accepts only E.164")
    void constructorRequiresE164() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("20304050"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(null));
        assertThat(new PhoneNumber("+4520304050")).hasToString("+4520304050");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"90 12 34 56", "80 80 80 80", "70 10 10 10",
            "+49 30 123456"})
    void premiumTollFreeDanishServiceAndForeignLandlineNumbersReceiveNoSms(String written) {
        assertThat(PhoneNumber.parse(written)).get().extracting(PhoneNumber::receivesSms).isEqualTo(false);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"20 30 40 50", "+45 31 12 34 56", "+46 70 123 45 67",
            "+49 151 23456789"})
    void mobilesAndDanishNumbersThatMayBeMobileReceiveSms(String written) {
        assertThat(PhoneNumber.parse(written)).get().extracting(PhoneNumber::receivesSms).isEqualTo(true);
    }
}
