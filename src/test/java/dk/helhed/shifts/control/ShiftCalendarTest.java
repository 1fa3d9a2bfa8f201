package dk.helhed.shifts.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftCalendarTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final Instant STAMP = Instant.parse("2027-03-01T09:00:00Z");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(KOEGE).toInstant();
    }

    @Test
    @DisplayName("a shift's event has the stable UID shift-<id>@helhed, UTC times on both sides of DST, and the place")
    void oneEventPerShift() throws Exception {
        var winter = new ShiftCalendar.Entry(12, local("2027-03-23T15:00"), local("2027-03-23T17:00"),
                "Vagt: Lektiehjælp", "Søparken, Beboerhuset");
        var summer = new ShiftCalendar.Entry(13, local("2027-03-30T15:00"), local("2027-03-30T17:00"),
                "Vagt: Lektiehjælp", "Søparken, Beboerhuset");

        String ics = ShiftCalendar.of(List.of(winter, summer), STAMP, "Mine vagter");

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH", "VERSION:2.0",
                "PRODID:-//Helhed//Helhed//DA", "X-WR-CALNAME:Mine vagter", "\r\n");
        assertThat(ics).contains("UID:shift-12@helhed", "UID:shift-13@helhed")
                .contains("DTSTART:20270323T140000Z", "DTEND:20270323T160000Z")
                .as("15:00 in summer time is 13:00 UTC").contains("DTSTART:20270330T130000Z")
                .contains("LOCATION:Søparken\\, Beboerhuset", "DTSTAMP:20270301T090000Z")
                .doesNotContain("TZID");
        var parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo("shift-12@helhed");
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Vagt: Lektiehjælp");
    }

    @Test
    @DisplayName("the same shift written twice, even after it moved, keeps its UID; its text differs only in time")
    void stableUid() {
        var before = new ShiftCalendar.Entry(7, local("2027-04-06T15:00"), local("2027-04-06T17:00"), "Vagt", "Hus");
        var moved = new ShiftCalendar.Entry(7, local("2027-04-07T15:00"), local("2027-04-07T17:00"), "Vagt", "Hus");

        String first = ShiftCalendar.of(List.of(before), STAMP, null);
        String again = ShiftCalendar.of(List.of(before), STAMP, null);
        String later = ShiftCalendar.of(List.of(moved), STAMP, null);

        assertThat(again).isEqualTo(first);
        assertThat(later).contains("UID:shift-7@helhed", "DTSTART:20270407T130000Z")
                .doesNotContain("DTSTART:20270406");
    }

    @Test
    @DisplayName("an empty feed is still a valid calendar")
    void empty() throws Exception {
        String ics = ShiftCalendar.of(List.of(), STAMP, "Mine vagter");

        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents()).isEmpty();
    }
}
