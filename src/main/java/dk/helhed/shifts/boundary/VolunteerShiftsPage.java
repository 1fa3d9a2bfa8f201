package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Subject;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Open homework-help shifts, filtered by place, weekday and subject, each with "Take" and "Take the series". */
@Named
@RequestScoped
public class VolunteerShiftsPage {
    private static final ShiftKind KIND = ShiftKind.HOMEWORK;

    @Inject
    ShiftBoard board;
    @Inject
    Assignments assignments;
    @Inject
    TimeSource time;
    @Inject
    PageLanguage language;
    @Inject
    SecurityContext security;

    private String place;
    private String day;
    private String subject;
    private List<Row> rows;

    /** One shift as listed: when, where, what, "2 of 3 tutors", and the weekday its series repeats on. */
    public record Row(long id, String when, String place, String what, String places, boolean mine,
                      String series, String subject, String seriesLabel) {
    }

    /** An option of a filter. */
    public record Option(String value, String label) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            var lang = language.get();
            var zone = time.zone();
            var filter = new ShiftBoard.Filter(KIND, place, weekday(), subject(), null, null);
            rows = board.open(filter, me()).stream().map(o -> {
                var s = o.shift();
                return new Row(s.id(), VolunteerPages.when(s, lang, zone), s.place().name(),
                        VolunteerPages.what(s, lang), Texts.text(lang, "page.volunteer.places.count", s.taken(),
                        s.needed()), o.mine(), s.seriesKey(), s.subject() == null ? "" : s.subject().name(),
                        Texts.text(lang, "page.volunteer.take-series", VolunteerPages.weekday(
                                s.startsAt().atZone(zone).getDayOfWeek(), lang)));
            }).toList();
        }
        return rows;
    }

    public void take(long shiftId) {
        var lang = language.get();
        try {
            board.shiftOfKind(shiftId, KIND);
            assignments.take(shiftId, me());
            PageMessages.told(lang, "page.volunteer.taken");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        rows = null;
    }

    public void takeSeries(String series, String subjectName) {
        var lang = language.get();
        try {
            var result = assignments.takeSeries(series, subjectName == null || subjectName.isBlank() ? null
                    : Subject.valueOf(subjectName), me(), KIND);
            VolunteerPages.tell(FacesMessage.SEVERITY_INFO,
                    Texts.text(lang, "page.volunteer.series-taken", result.taken().size()));
            if (!result.skipped().isEmpty()) {
                var zone = time.zone();
                VolunteerPages.tell(FacesMessage.SEVERITY_WARN, Texts.text(lang, "page.volunteer.series-skipped",
                        result.skipped().stream().map(s -> Texts.text(lang, "page.volunteer.skipped-one",
                                VolunteerPages.when(s.shift(), lang, zone), Texts.text(lang, s.reason().key())))
                                .collect(Collectors.joining("; "))));
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        rows = null;
    }

    public List<Option> getPlaces() {
        return board.placesWithShifts(KIND).stream().map(p -> new Option(p.code(), p.name())).toList();
    }

    public List<Option> getDays() {
        Language lang = language.get();
        return Arrays.stream(DayOfWeek.values()).map(d -> new Option(d.name(), VolunteerPages.weekday(d, lang)))
                .toList();
    }

    public List<Option> getSubjects() {
        Language lang = language.get();
        return Arrays.stream(Subject.values()).map(s -> new Option(s.name(),
                Texts.text(lang, "subject." + s.name().toLowerCase(Locale.ROOT)))).toList();
    }

    private DayOfWeek weekday() {
        try {
            return day == null || day.isBlank() ? null : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Subject subject() {
        return subject == null ? null : Subject.parse(subject).orElse(null);
    }

    private long me() {
        return board.personOf(security.getCallerPrincipal().getName());
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
