package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.entity.Shift;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** What the volunteers' pages write alike: a shift's time, its subject, a weekday. */
final class VolunteerPages {
    private VolunteerPages() {
    }

    /** "tirsdag d. 24. november kl. 15:00–17:00", unbroken on a narrow page. */
    static String when(Shift shift, Language lang, ZoneId zone) {
        return Texts.span(lang, shift.startsAt(), shift.endsAt(), zone);
    }

    /** "15:00–17:00". */
    static String times(Shift shift, Language lang, ZoneId zone) {
        return Texts.times(lang, shift.startsAt(), shift.endsAt(), zone);
    }

    /** The shift's subject, or "any subject". */
    static String subject(Shift shift, Language lang) {
        return Texts.text(lang, shift.subject() == null ? "page.volunteer.subject.any" : shift.subject().textKey());
    }

    static String what(Shift shift, Language lang) {
        return ShiftMessages.kindName(shift, lang) + (shift.subject() == null ? ""
                : " · " + Texts.text(lang, "subject." + shift.subject().name().toLowerCase(Locale.ROOT)));
    }

    static String weekday(DayOfWeek day, Language lang) {
        return day.getDisplayName(TextStyle.FULL, lang.locale());
    }
}
