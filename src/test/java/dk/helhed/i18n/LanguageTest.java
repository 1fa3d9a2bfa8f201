package dk.helhed.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    private static List<Locale> locales(String... tags) {
        return Arrays.stream(tags).map(Locale::forLanguageTag).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"da, DA", "da-DK, DA", "' da ', DA", "EN, EN", "en_GB, EN", "en-US, EN", "ar, AR", "ar-SA, AR",
            "AR_eg, AR", "so-SO, SO", "so, SO", "tr, TR", "tr-TR, TR", "ur, UR", "ur_PK, UR"})
    @DisplayName("tags map by their primary language, any case, - or _")
    void fromTag(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not spoken")
    @NullAndEmptySource
    @ValueSource(strings = {"fa", "ps", "ku", "dansk", "arabic", "somali", "xx"})
    @DisplayName("languages Helhed does not speak give nothing")
    void unknownTags(String tag) {
        assertThat(Language.fromTag(tag)).isEmpty();
    }

    @Test
    @DisplayName("the first spoken language of a preference list wins")
    void firstSpokenWins() {
        assertThat(Language.firstSpoken(locales("fa", "en-GB", "da"))).isEqualTo(Language.EN);
        assertThat(Language.firstSpoken(locales("da-DK", "en"))).isEqualTo(Language.DA);
        assertThat(Language.firstSpoken(locales("ar-SA", "en-US"))).isEqualTo(Language.AR);
        assertThat(Language.firstSpoken(locales("ps", "ar-IQ", "da"))).isEqualTo(Language.AR);
        assertThat(Language.firstSpoken(locales("so-SO", "da"))).isEqualTo(Language.SO);
        assertThat(Language.firstSpoken(locales("fa", "ur-PK", "en"))).isEqualTo(Language.UR);
    }

    @Test
    @DisplayName("nothing spoken, or no preference: Danish")
    void danishByDefault() {
        assertThat(Language.firstSpoken(locales("fa", "ps", "ku"))).isEqualTo(Language.DA);
        assertThat(Language.firstSpoken(List.of())).isEqualTo(Language.DA);
    }

    @Test
    @DisplayName("each language has its tag and locale")
    void tagsAndLocales() {
        assertThat(Language.DA.tag()).isEqualTo("da");
        assertThat(Language.EN.locale().getLanguage()).isEqualTo("en");
        assertThat(Language.AR.tag()).isEqualTo("ar");
        assertThat(Language.AR.locale().getLanguage()).isEqualTo("ar");
    }

    @Test
    @DisplayName("Arabic and Urdu are written right to left; Danish, English, Somali and Turkish left to right")
    void direction() {
        assertThat(Language.AR.direction()).isEqualTo("rtl");
        assertThat(Language.UR.direction()).isEqualTo("rtl");
        assertThat(Language.SO.direction()).isEqualTo("ltr");
        assertThat(Language.TR.direction()).isEqualTo("ltr");
        assertThat(Language.DA.direction()).isEqualTo("ltr");
        assertThat(Language.EN.direction()).isEqualTo("ltr");
    }
}
