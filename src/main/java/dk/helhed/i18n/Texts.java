package dk.helhed.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every text a person reads comes from the {@code i18n/texts} bundles; none is written in code. */
public final class Texts {
    private static final String BUNDLE = "i18n.texts";

    private Texts() {
    }

    /** A moment as people read it, e.g. "tirsdag d. 24. november kl. 15:00" or "Tuesday 24 November at 15:00". */
    public static String when(Language language, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text(language, "format.datetime"), language.locale())
                .format(instant.atZone(zone));
    }

    public static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text '" + key + "' in " + language, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
