package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.HomeworkSeries;
import dk.helhed.homework.entity.HomeworkSession;
import dk.helhed.homework.entity.SchoolHoliday;
import dk.helhed.shifts.entity.Shift;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the homework-help API. Times are ISO-8601 with the plan's offset; days are YYYY-MM-DD. */
public final class HomeworkJson {
    private HomeworkJson() {
    }

    @Schema(name = "HomeworkTutors")
    public record Tutors(int any, int maths, int danish, int english) {
    }

    @Schema(name = "HomeworkSeriesView")
    public record SeriesView(long id, String place, String placeName, String title, String rrule, String start,
                             String end, String termFirst, String termLast, Tutors tutors, int childSeats) {
        static SeriesView of(HomeworkSeries s) {
            var t = s.tutors();
            return new SeriesView(s.id(), s.place().code(), s.place().name(), s.title(), s.rrule(),
                    s.startTime().toString(), s.endTime().toString(), s.termFirst().toString(),
                    s.termLast().toString(), new Tutors(t.any(), t.maths(), t.danish(), t.english()), s.childSeats());
        }
    }

    /** One tutor shift: its subject (absent for any subject), how many are needed and how many have taken it. */
    @Schema(name = "HomeworkShiftView")
    public record ShiftView(long id, String subject, String status, String start, String end, int needed,
                            int taken) {
        static ShiftView of(Shift s, ZoneId zone) {
            return new ShiftView(s.id(), s.subject() == null ? null : s.subject().name(), s.status().name(),
                    local(s.startsAt(), zone), local(s.endsAt(), zone), s.needed(), s.taken());
        }
    }

    /** A session for the coordinator: with its shifts and its event (the children's seats). */
    public record SessionView(long id, long seriesId, String day, String status, String start, String end,
                              boolean moved, long eventId, int childSeats, int seatsLeft, List<ShiftView> shifts) {
        static SessionView of(HomeworkAdministration.SessionWithShifts s, ZoneId zone) {
            var session = s.session();
            return new SessionView(session.id(), session.series().id(), session.occursOn().toString(),
                    session.status().name(), local(session.startsAt(), zone), local(session.endsAt(), zone),
                    session.moved(), session.event().id(), session.event().capacity(),
                    session.event().placesLeft(), s.shifts().stream().map(sh -> ShiftView.of(sh, zone)).toList());
        }
    }

    @Schema(name = "HomeworkSeriesCreated")
    public record Created(SeriesView series, List<SessionView> sessions) {
    }

    /** A session as parents see it: where, when, seats left, and the event to sign a child up for. */
    public record PublicSession(long id, String title, String place, String placeName, String start, String end,
                                int childSeats, int seatsLeft, boolean signupOpen, long eventId, String signupPage) {
        static PublicSession of(HomeworkSession s, String language, ZoneId zone, Instant now) {
            var e = s.event();
            return new PublicSession(s.id(), e.title().in(language), e.place().code(), e.place().name(),
                    local(s.startsAt(), zone), local(s.endsAt(), zone), e.capacity(), e.placesLeft(),
                    e.signupOpen(now), e.id(), "event?id=" + e.id());
        }
    }

    public record HolidayView(long id, String name, String firstDay, String lastDay) {
        static HolidayView of(SchoolHoliday h) {
            return new HolidayView(h.id(), h.name(), h.firstDay().toString(), h.lastDay().toString());
        }
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
