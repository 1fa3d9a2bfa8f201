package dk.helhed.appointments.entity;

import dk.helhed.i18n.SpokenLanguage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdviserTest {
    @Test
    @DisplayName("an adviser speaks exactly their languages, listed by code")
    void speaksTheirLanguages() {
        var karim = KoegePlan.adviser("en", "da", "ar");

        assertThat(karim.speaks(new SpokenLanguage("ar"))).isTrue();
        assertThat(karim.speaks(new SpokenLanguage("da"))).isTrue();
        assertThat(karim.speaks(new SpokenLanguage("so"))).isFalse();
        assertThat(karim.languages()).extracting(SpokenLanguage::code).containsExactly("ar", "da", "en");
    }

    @Test
    @DisplayName("an adviser whose languages are not recorded speaks none of them, as far as booking goes")
    void noLanguages() {
        var adviser = KoegePlan.adviser();
        var unrecorded = KoegePlan.adviser(new String[0]);

        assertThat(adviser.languages()).extracting(SpokenLanguage::code).containsExactly("da", "en");
        assertThat(unrecorded.languages()).isEmpty();
        assertThat(unrecorded.speaks(new SpokenLanguage("da"))).isFalse();
    }
}
