package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.SessionMove;
import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.homework.entity.SessionStatus;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Confirming;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A series' sessions for the coordinator ({@code /coordinator/homework-sessions?series=N}): each with its tutors and
 * seats, and a button to cancel it or a form to move it. Both are POSTs; tutors and families are told.
 */
@Named
@ViewScoped
public class HomeworkSessionsPage implements Serializable {
    @Inject
    transient PageLanguage language;
    @Inject
    transient HomeworkAdministration administration;
    @Inject
    transient TimeSource time;

    private Long series;
    private String date;
    private String start;
    private String end;
    private String lastDay;
    private final Confirming<String> confirm = new Confirming<>();
    private Integer seats;
    private Integer tutorsAny;
    private Integer tutorsMaths;
    private Integer tutorsDanish;
    private Integer tutorsEnglish;
    private transient List<Row> rows;

    public record Row(long id, String when, String status, List<Tutors> tutors, int seatsLeft, boolean changeable) {
    }

    /** One of a session's tutor shifts, e.g. "Matematik 1/1", linking to the shift's page (who, release). */
    public record Tutors(long shiftId, String label) {
    }

    public String getTitle() {
        if (series == null) {
            return "";
        }
        try {
            var s = administration.oneSeries(series);
            return s.title() + ", " + s.place().name();
        } catch (Refusal unknown) {
            return Texts.text(language.staff(), unknown.key());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            try {
                rows = series == null ? List.of() : administration.sessions(series).stream().map(this::row).toList();
            } catch (Refusal unknown) {
                rows = List.of();
            }
        }
        return rows;
    }

    private Row row(HomeworkAdministration.SessionWithShifts s) {
        var lang = language.staff();
        var session = s.session();
        String status = Texts.text(lang, "page.coordinator.sessions.status."
                + (session.status() == SessionStatus.CANCELLED ? "cancelled" : session.moved() ? "moved" : "scheduled"));
        var tutors = s.shifts().stream().map(sh -> new Tutors(sh.id(), Texts.text(lang, sh.subject() == null
                        ? "homework.subject.any" : sh.subject().textKey()) + " " + sh.taken() + "/" + sh.needed()))
                .toList();
        boolean changeable = session.status() == SessionStatus.SCHEDULED && session.startsAt().isAfter(time.now());
        return new Row(session.id(), Texts.when(lang, session.startsAt(), time.zone()), status, tutors,
                session.event().placesLeft(), changeable);
    }

    public void cancel(long session) {
        try {
            administration.cancel(session);
            PageMessages.told(language.staff(), "page.coordinator.sessions.cancelled");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        rows = null;
    }

    public void move(long session) {
        try {
            administration.move(session, new SessionMove.Draft(date, start, end));
            PageMessages.told(language.staff(), "page.coordinator.sessions.moved");
            date = null;
            start = null;
            end = null;
        } catch (Refusal refusal) {
            // every row's move form shares these fields: the problems are shown above the list
            PageMessages.refused(refusal, language.staff());
        }
        rows = null;
    }

    /** The series' seats and tutors as they stand, for the form that changes them (once per view). */
    private void fill() {
        if (seats == null && series != null) {
            try {
                var s = administration.oneSeries(series);
                seats = s.childSeats();
                tutorsAny = s.tutors().any();
                tutorsMaths = s.tutors().maths();
                tutorsDanish = s.tutors().danish();
                tutorsEnglish = s.tutors().english();
            } catch (Refusal unknown) {
                // the page says the series is unknown
            }
        }
    }

    /** Changes the coming sessions' seats and tutors; the people on them are told of what concerns them. */
    public void change() {
        try {
            var changed = administration.change(series, new HomeworkAdministration.Change(
                    new SessionPlan.Tutors(tutorsAny, tutorsMaths, tutorsDanish, tutorsEnglish), seats));
            PageMessages.told(language.staff(), "page.coordinator.sessions.changed", changed.sessions());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), java.util.Map.of("childSeats", "staffing:seats",
                    "tutors", "staffing:tutorsAny", "tutors.any", "staffing:tutorsAny", "tutors.maths",
                    "staffing:tutorsMaths", "tutors.danish", "staffing:tutorsDanish", "tutors.english",
                    "staffing:tutorsEnglish"));
        }
        rows = null;
    }

    public Integer getSeats() {
        fill();
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Integer getTutorsAny() {
        fill();
        return tutorsAny;
    }

    public void setTutorsAny(Integer tutorsAny) {
        this.tutorsAny = tutorsAny;
    }

    public Integer getTutorsMaths() {
        fill();
        return tutorsMaths;
    }

    public void setTutorsMaths(Integer tutorsMaths) {
        this.tutorsMaths = tutorsMaths;
    }

    public Integer getTutorsDanish() {
        fill();
        return tutorsDanish;
    }

    public void setTutorsDanish(Integer tutorsDanish) {
        this.tutorsDanish = tutorsDanish;
    }

    public Integer getTutorsEnglish() {
        fill();
        return tutorsEnglish;
    }

    public void setTutorsEnglish(Integer tutorsEnglish) {
        this.tutorsEnglish = tutorsEnglish;
    }

    /** Ends the series after the day given; the sessions after it are cancelled and everyone on them told. */
    public void end() {
        confirm.keep();
        try {
            var ended = administration.endAfter(series, lastDay);
            PageMessages.told(language.staff(), "page.coordinator.sessions.ended", ended.cancelled());
            lastDay = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), java.util.Map.of("lastDay", "end:lastDay"));
        }
        rows = null;
    }

    /** Takes off every coming session nobody took. */
    public void removeUntaken() {
        confirm.keep();
        try {
            PageMessages.told(language.staff(), "page.coordinator.sessions.removed",
                    administration.removeUntaken(series));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        rows = null;
    }

    /** Ending the series and taking off the untaken sessions are each asked once more ("end", "untaken"). */
    public Confirming<String> getConfirm() {
        return confirm;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }

    public Long getSeries() {
        return series;
    }

    public void setSeries(Long series) {
        this.series = series;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }
}
