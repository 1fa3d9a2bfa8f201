package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.CancelCutoff;
import dk.helhed.shifts.control.HoursServed;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the volunteers' API sends: shifts with counts (never other people), a person's own places, hours. */
public final class ShiftJson {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ShiftJson() {
    }

    static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** A shift: where, when (local time with offset), what, how many of how many, and whether it is yours. */
    public record ShiftView(long id, String kind, String series, String place, String placeName, String subject,
                            String start, String end, String weekday, int needed, int taken, int missing,
                            boolean mine) {
        static ShiftView of(Shift s, boolean mine, ZoneId zone) {
            return new ShiftView(s.id(), s.kind().name(), s.seriesKey(), s.place().code(), s.place().name(),
                    s.subject() == null ? null : s.subject().name(), local(s.startsAt(), zone),
                    local(s.endsAt(), zone), s.startsAt().atZone(zone).getDayOfWeek().name(), s.needed(),
                    s.taken(), s.missing(), mine);
        }
    }

    /** One of the person's places; {@code cancellable} says whether they may still give it up themselves. */
    public record AssignmentView(long id, String status, ShiftView shift, boolean cancellable) {
        static AssignmentView of(ShiftAssignment a, ZoneId zone, CancelCutoff cutoff, Instant now) {
            return new AssignmentView(a.id(), a.status().name(), ShiftView.of(a.shift(), true, zone),
                    a.status() == dk.helhed.shifts.entity.AssignmentStatus.TAKEN
                            && cutoff.allows(a.shift().startsAt(), now));
        }
    }

    /** A shift of a series that was not taken, why (FULL, OVERLAP, BEGUN …) and that reason in words. */
    public record SkippedView(ShiftView shift, String reason, String text) {
    }

    @Schema(name = "SeriesTakeResult")
    public record SeriesView(List<AssignmentView> taken, List<SkippedView> skipped) {
        static SeriesView of(Assignments.SeriesResult result, ZoneId zone, CancelCutoff cutoff, Instant now,
                             Language language) {
            return new SeriesView(result.taken().stream()
                    .map(t -> AssignmentView.of(t.assignment(), zone, cutoff, now)).toList(),
                    result.skipped().stream().map(s -> new SkippedView(ShiftView.of(s.shift(), false, zone),
                            s.reason().name(), Texts.text(language, s.reason().key()))).toList());
        }
    }

    public record MonthView(String month, long minutes, double hours, int shifts) {
    }

    public record HoursView(int year, List<MonthView> months, long totalMinutes, double totalHours) {
        static HoursView of(int year, List<HoursServed.Month> months) {
            long total = months.stream().mapToLong(HoursServed.Month::minutes).sum();
            return new HoursView(year, months.stream().map(m -> new MonthView(m.month().toString(), m.minutes(),
                    m.hours(), m.shifts())).toList(), total, total / 60.0);
        }
    }

    /** The calendar feed: whether one exists and since when; {@code url} only right after it was made. */
    public record CalendarView(boolean exists, String createdAt, String url) {
    }
}
