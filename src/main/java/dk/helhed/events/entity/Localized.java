package dk.helhed.events.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import jakarta.persistence.Embeddable;

import java.util.List;

/**
 * A text the coordinator writes in Danish and English, and in Arabic when someone can; an empty Arabic text falls
 * back to Danish, the language the plan works in. Any other language asked for gets Danish too, except Helhed's own
 * wording of a homework session (homework.event.*), which its texts have in every language.
 */
@Embeddable
public class Localized {
    private String da;
    private String en;
    private String ar;

    protected Localized() {
    }

    public Localized(String da, String en, String ar) {
        this.da = da;
        this.en = en;
        this.ar = ar == null || ar.isBlank() ? null : ar;
    }

    /** Helhed's own wordings an event may carry, written in every language: a homework session's title and text. */
    private static final List<String> OWN_WORDING = List.of("homework.event.title", "homework.event.description");

    /** A text as a page or a message gives it, with the language it is written in (for {@code lang} and {@code dir}). */
    public record Written(String text, Language language) {
    }

    /**
     * The text for a resident reading {@code language}: theirs when the coordinator wrote in it, else Danish, with the
     * language it is in, so a Somali page marks the Danish title it shows as Danish ({@code lang="da"}).
     */
    public Written in(Language language) {
        for (String key : OWN_WORDING) {
            if (Texts.text(Language.DA, key).equals(da)) {
                return new Written(Texts.text(language, key), language);
            }
        }
        Language written = writtenIn(language);
        return new Written(text(written), written);
    }

    /** The text for a language tag (da, en, ar; any other gets Danish). */
    public String in(String languageTag) {
        return text(writtenIn(Language.fromTag(languageTag).orElse(Language.DA)));
    }

    private Language writtenIn(Language language) {
        return switch (language) {
            case EN -> Language.EN;
            case AR -> ar == null ? Language.DA : Language.AR;
            default -> Language.DA;
        };
    }

    private String text(Language written) {
        return switch (written) {
            case EN -> en;
            case AR -> ar;
            default -> da;
        };
    }

    public String da() {
        return da;
    }

    public String en() {
        return en;
    }

    public String ar() {
        return ar;
    }
}
