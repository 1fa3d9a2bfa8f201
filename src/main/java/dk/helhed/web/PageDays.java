package dk.helhed.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Lists paged by days (free times, open shifts): where a page starts. */
public final class PageDays {
    private PageDays() {
    }

    /** The first day shown: {@code from} (a page's parameter) if given, readable and not in the past, else today. */
    public static LocalDate firstDay(String from, LocalDate today) {
        try {
            LocalDate asked = from == null || from.isBlank() ? today : LocalDate.parse(from);
            return asked.isBefore(today) ? today : asked;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
