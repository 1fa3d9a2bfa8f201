package dk.helhed.events.entity;

import jakarta.persistence.Embeddable;

/**
 * A text the coordinator writes in Danish and English, and in Arabic when someone can; an empty Arabic text falls
 * back to Danish, the language the plan works in. Any other language asked for gets Danish too.
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

    /** The text for a language tag (da, en, ar). */
    public String in(String languageTag) {
        return switch (languageTag == null ? "da" : languageTag) {
            case "en" -> en;
            case "ar" -> ar == null ? da : ar;
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
