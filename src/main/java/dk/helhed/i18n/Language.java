package dk.helhed.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Helhed speaks to residents, parents and volunteers in, on their pages and in their messages. Danish is
 * the default. After Arabic, Somali, Turkish and Urdu are among the most spoken in the Køge estates. Staff pages speak
 * Danish and English only ({@code PageLanguage.STAFF}).
 */
public enum Language {
    DA("da", "da", false),
    EN("en", "en", false),
    /*
     * Western digits, as on Danish phone numbers, references and signs: Java's plain "ar" locale formats numbers
     * with Arabic-Indic digits (100 becomes ١٠٠) in MessageFormat, while its dates already use Western ones.
     */
    AR("ar", "ar-u-nu-latn", true),
    SO("so", "so", false),
    TR("tr", "tr", false),
    /* Western digits too, as for Arabic (Urdu's default in Java is already Western; this keeps it so). */
    UR("ur", "ur-u-nu-latn", true);

    private final String tag;
    private final Locale locale;
    private final boolean rightToLeft;

    Language(String tag, String localeTag, boolean rightToLeft) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(localeTag);
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The writing direction, as HTML's {@code dir} attribute wants it. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    /** The first language of a list (such as Accept-Language's) that Helhed speaks, else Danish. */
    public static Language firstSpoken(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).map(Language::fromTag).flatMap(Optional::stream)
                .findFirst().orElse(DA);
    }
}
