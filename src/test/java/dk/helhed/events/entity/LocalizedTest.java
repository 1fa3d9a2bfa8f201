package dk.helhed.events.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTest {
    private final Localized written = new Localized("Kvindecafé", "Women's café", "مقهى النساء");

    @Test
    @DisplayName("a coordinator's text in the reader's language where written, else the Danish one, marked Danish")
    void coordinatorsText() {
        assertThat(written.in(Language.AR)).isEqualTo(new Localized.Written("مقهى النساء", Language.AR));
        assertThat(written.in(Language.EN)).isEqualTo(new Localized.Written("Women's café", Language.EN));
        assertThat(written.in(Language.UR)).isEqualTo(new Localized.Written("Kvindecafé", Language.DA));
        assertThat(written.in(Language.SO)).isEqualTo(new Localized.Written("Kvindecafé", Language.DA));
        assertThat(new Localized("Kvindecafé", "Women's café", " ").in(Language.AR))
                .as("no Arabic text: Danish").isEqualTo(new Localized.Written("Kvindecafé", Language.DA));
    }

    @Test
    @DisplayName("Helhed's own wording of a homework session comes in every language, Somali and Urdu too")
    void homeworkWording() {
        var title = new Localized(Texts.text(Language.DA, "homework.event.title"),
                Texts.text(Language.EN, "homework.event.title"), Texts.text(Language.AR, "homework.event.title"));
        var description = new Localized(Texts.text(Language.DA, "homework.event.description"),
                Texts.text(Language.EN, "homework.event.description"),
                Texts.text(Language.AR, "homework.event.description"));

        for (Language language : Language.values()) {
            assertThat(title.in(language)).isEqualTo(
                    new Localized.Written(Texts.text(language, "homework.event.title"), language));
            assertThat(description.in(language).text()).isEqualTo(Texts.text(language, "homework.event.description"));
        }
        assertThat(description.in(Language.SO).text()).isNotEqualTo(description.in(Language.DA).text());
    }
}
