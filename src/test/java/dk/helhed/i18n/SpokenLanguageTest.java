package dk.helhed.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpokenLanguageTest {
    @ParameterizedTest
    @CsvSource({"da,da", "AR,ar", "' so ',so", "Tr,tr", "ur,ur", "fa,fa", "pl,pl", "iw,he"})
    @DisplayName("ISO 639-1 codes are read in any case and with spaces; a withdrawn code becomes its successor")
    void readsCodes(String typed, String code) {
        assertThat(SpokenLanguage.of(typed)).contains(new SpokenLanguage(code));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "xx", "ara", "d", "d1", "da-DK", "en_GB", "dansk", "ع"})
    @DisplayName("anything but a two-letter ISO 639-1 code is no language")
    void refusesTheRest(String typed) {
        assertThat(SpokenLanguage.of(typed)).isEmpty();
    }

    @Test
    @DisplayName("the value itself takes only the lower-case code")
    void strictValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SpokenLanguage("AR"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SpokenLanguage("xx"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SpokenLanguage(null));
    }

    @ParameterizedTest
    @CsvSource({"da,Dansk", "en,English", "ar,العربية", "so,Soomaali", "tr,Türkçe", "ur,اردو", "fa,فارسی",
            "pl,Polski"})
    @DisplayName("each language is named in itself, capitalised where its script has capitals")
    void ownNames(String code, String name) {
        assertThat(new SpokenLanguage(code).ownName()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"ar,DA,Arabisk", "so,DA,Somali", "ar,SO,Carabi", "da,SO,Dhaanish", "ar,TR,Arapça", "so,TR,Somalice",
            "ar,UR,عربی", "so,UR,صومالی", "ur,UR,اردو", "tr,EN,Turkish"})
    @DisplayName("an adviser's language is named in the resident's language, as the slots list it")
    void namesInThePagesLanguage(String code, Language page, String name) {
        assertThat(new SpokenLanguage(code).nameIn(page)).isEqualTo(name);
    }

    @Test
    @DisplayName("languages sort by code")
    void sortsByCode() {
        var set = new TreeSet<>(List.of(new SpokenLanguage("en"), new SpokenLanguage("ar"),
                new SpokenLanguage("da")));

        assertThat(set).extracting(SpokenLanguage::code).containsExactly("ar", "da", "en");
    }
}
