package dk.helhed.shifts.control;

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
 * Shifts as iCalendar (RFC 5545) text, for the confirmation's vagt.ics and the person's subscribed feed.
 * <p>
 * Each shift's UID is {@code shift-<id>@helhed}, the same in every mail and every fetch of the feed, so a phone that
 * already has the shift updates it when the shift moves instead of adding a second one. Times are written in UTC
 * ({@code 20271124T140000Z}): a phone shows them in its own zone, and no VTIMEZONE is needed (ical4j names
 * Copenhagen's Europe/Berlin, which would not match). The text names the place, never other people.
 */
public final class ShiftCalendar {
    private static final String PRODUCT = "-//Helhed//Vagter//DA";

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
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).getFluentTarget();
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Entry e : entries) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(uid(e.shiftId())));
            event.add(new Location(e.location()));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
