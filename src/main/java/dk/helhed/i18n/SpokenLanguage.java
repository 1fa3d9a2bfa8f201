package dk.helhed.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A language people speak, as its ISO 639-1 code (da, en, ar, so, tr, ur, fa, pl, ...): what an adviser speaks and
 * what a resident asks to speak at a meeting. Unlike {@link Language}, not limited to the languages Helhed's own
 * texts are written in.
 */
public record SpokenLanguage(String code) implements Comparable<SpokenLanguage> {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public SpokenLanguage {
        if (code == null || !code.matches("[a-z]{2}") || !ISO_639_1.contains(code)) {
            throw new IllegalArgumentException("not an ISO 639-1 language code: " + code);
        }
    }

    /** The language of a code as people type it ("AR", " so "), or empty when it is no ISO 639-1 code. */
    public static Optional<SpokenLanguage> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z]{2}") || !ISO_639_1.contains(lower)) {
            return Optional.empty();
        }
        // the JDK knows withdrawn codes (iw, in, ji) too; store the current one (he, id, yi)
        return Optional.of(new SpokenLanguage(Locale.forLanguageTag(lower).getLanguage()));
    }

    /** The language's name in itself, as its speakers would look for it: "Dansk", "English", "العربية". */
    public String ownName() {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The language's name as a page in another language writes it: "Arabisk" on a Danish page, "Carabi" on a Somali
     * one, "عربی" on an Urdu one (the JDK's CLDR names, the first letter capitalised as a list item's).
     */
    public String nameIn(Language page) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page.locale());
        return name.isEmpty() || name.equals(code) ? ownName()
                : name.substring(0, 1).toUpperCase(page.locale()) + name.substring(1);
    }

    @Override
    public int compareTo(SpokenLanguage other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
