package dk.helhed.time;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

import java.time.Instant;
import java.util.List;

/**
 * Appointments, sign-ups and shifts as iCalendar (RFC 5545) text, for the .ics that confirmations carry and for a
 * volunteer's subscribed feed.
 * <p>
 * Each entry's UID stays the same in every mail and every fetch of a feed, so a phone that already has it updates it
 * when it moves instead of adding a second one. Times are written in UTC ({@code 20271124T140000Z}): a phone shows
 * them in its own zone, and no VTIMEZONE is needed (ical4j names Copenhagen's Europe/Berlin, which would not match).
 * LOCATION is the place's name and street address, so a phone can show the way.
 */
public final class CalendarFile {
    private static final String PRODUCT = "-//Helhed//Helhed//DA";

    private CalendarFile() {
    }

    /** One entry as the calendar shows it. */
    public record Entry(String uid, Instant start, Instant end, String summary, String location) {
    }

    /** A calendar with these entries; {@code stamp} is when it was written (DTSTAMP), {@code name} its title. */
    public static String of(List<Entry> entries, Instant stamp, String name) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).getFluentTarget();
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Entry e : entries) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(e.uid()));
            event.add(new Location(e.location()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** A calendar with one entry. */
    public static String of(Entry entry, Instant stamp) {
        return of(List.of(entry), stamp, null);
    }
}
