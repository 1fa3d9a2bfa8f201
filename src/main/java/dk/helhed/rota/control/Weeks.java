package dk.helhed.rota.control;

import dk.helhed.i18n.Refusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks as coordinators name them: 2027-W02 is the week of Monday 11 January 2027. */
public final class Weeks {
    private Weeks() {
    }

    /** The Monday of the week; no week given means the week of {@code today}. */
    public static LocalDate monday(String week, LocalDate today) {
        if (week == null || week.isBlank()) {
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        try {
            return LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("week", "field.rota.week");
        }
    }

    public static String name(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
