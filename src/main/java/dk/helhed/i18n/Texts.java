package dk.helhed.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a person reads comes from the {@code i18n} bundles; none is written in code. {@code i18n/texts} holds what
 * a resident, a parent or a volunteer may read, in every {@link Language}; {@code i18n/staff} holds the staff pages'
 * and staff-only answers' texts, in Danish, English and Arabic, and answers in Danish where those are missing (as the
 * staff pages do).
 */
public final class Texts {
    private static final String BUNDLE = "i18n.texts";
    private static final String STAFF_BUNDLE = "i18n.staff";

    private Texts() {
    }

    /** A moment as people read it, e.g. "tirsdag d. 24. november kl. 15:00" or "Tuesday 24 November at 15:00". */
    public static String when(Language language, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text(language, "format.datetime"), language.locale())
                .format(instant.atZone(zone));
    }

    private static final char NO_BREAK = '\u00A0';
    private static final String JOIN = "\u2060";
    private static final String LEFT_TO_RIGHT = "\u2066";
    private static final String END_ISOLATE = "\u2069";

    /**
     * From when to when, as a page shows it: "tirsdag d. 8. december kl. 15:00–17:00". Neither the date nor the time
     * is broken across lines on a narrow phone, and the times read left to right on an Arabic page too (isolated, as
     * {@code <bdi dir="ltr">} would). Not for SMS: the no-break spaces would cost the GSM alphabet.
     */
    public static String span(Language language, Instant start, Instant end, ZoneId zone) {
        String date = DateTimeFormatter.ofPattern(text(language, "format.date"), language.locale())
                .format(start.atZone(zone));
        return unbroken(date) + " " + unbroken(text(language, "time.at")) + NO_BREAK
                + times(language, start, end, zone);
    }

    /** "15:00–17:00" for a page, unbroken and read left to right in any language. */
    public static String times(Language language, Instant start, Instant end, ZoneId zone) {
        return LEFT_TO_RIGHT + time(language, start, zone) + JOIN + "–" + JOIN + time(language, end, zone)
                + END_ISOLATE;
    }

    /** Items as a list in the language: "Dansk, English" or, in Arabic, with the Arabic comma "،". */
    public static String list(Language language, java.util.Collection<String> items) {
        return String.join(text(language, "list.separator"), items);
    }

    /** ", Karlemoseparken 112" to follow a name in a sentence (with the language's comma), or nothing for null. */
    public static String afterName(Language language, String addition) {
        return addition == null || addition.isBlank() ? "" : text(language, "list.separator") + addition;
    }

    private static String unbroken(String phrase) {
        return phrase.replace(' ', NO_BREAK);
    }

    /** A time of day as people read it, e.g. "15:45". */
    /** The date as the pages' headings write it ({@code format.day}), e.g. "tirsdag 24. november". */
    public static String day(Language language, LocalDate date) {
        return DateTimeFormatter.ofPattern(text(language, "format.day"), language.locale()).format(date);
    }

    public static String time(Language language, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text(language, "format.time"), language.locale())
                .format(instant.atZone(zone));
    }

    public static String text(Language language, String key, Object... args) {
        Language written = language;
        String pattern = find(BUNDLE, language, key);
        if (pattern == null) {
            pattern = find(STAFF_BUNDLE, language, key);
        }
        if (pattern == null) {
            written = Language.DA;
            pattern = find(STAFF_BUNDLE, written, key);
        }
        if (pattern == null) {
            throw new IllegalStateException("No text '" + key + "' in " + language);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, written.locale()).format(args);
    }

    private static String find(String bundleName, Language language, String key) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(bundleName, language.locale(), Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException noBundle) {
            return null;
        }
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
