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

    /** The text for a resident reading {@code language}: theirs when there is one, else Danish. */
    public Written in(Language language) {
        for (String key : OWN_WORDING) {
            if (Texts.text(Language.DA, key).equals(da)) {
                return new Written(Texts.text(language, key), language);
            }
        }
        Language written = Language.fromTag(writtenIn(language.tag())).orElse(Language.DA);
        return new Written(in(written.tag()), written);
    }

    /** The text for a language tag (da, en, ar; any other gets Danish). */
    public String in(String languageTag) {
        return switch (writtenIn(languageTag)) {
            case "en" -> en;
            case "ar" -> ar;
            default -> da;
        };
    }

    /**
     * The language {@link #in} answers a tag with: the tag's own when the coordinator wrote in it, else Danish. A
     * Somali page marks the Danish title it shows as Danish ({@code lang="da"}), so a screen reader reads it so.
     */
    public String writtenIn(String languageTag) {
        return switch (languageTag == null ? "da" : languageTag) {
            case "en" -> "en";
            case "ar" -> ar == null ? "da" : "ar";
            default -> "da";
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
