package dk.helhed.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Helhed speaks to people in. Danish is the default. */
public enum Language {
    DA("da"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
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
