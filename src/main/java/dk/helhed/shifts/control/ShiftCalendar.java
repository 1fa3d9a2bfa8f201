package dk.helhed.shifts.control;

import dk.helhed.time.CalendarFile;

import java.time.Instant;
import java.util.List;

/**
 * Shifts as iCalendar text ({@link CalendarFile}), for the confirmation's kalender.ics and the person's subscribed feed.
 * Each shift's UID is {@code shift-<id>@helhed}. The text names the place, never other people.
 */
public final class ShiftCalendar {
    private ShiftCalendar() {
    }

    /** One shift as the calendar shows it. */
    public record Entry(long shiftId, Instant start, Instant end, String summary, String location) {
    }

    public static String uid(long shiftId) {
        return "shift-" + shiftId + "@helhed";
    }

    /** A calendar with these shifts; {@code stamp} is when it was written (DTSTAMP), {@code name} its title. */
    public static String of(List<Entry> entries, Instant stamp, String name) {
        return CalendarFile.of(entries.stream().map(e -> new CalendarFile.Entry(uid(e.shiftId()), e.start(), e.end(),
                e.summary(), e.location())).toList(), stamp, name);
    }
}
