package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The coordinator's homework-help page ({@code /coordinator/homework}): the series, and a form for a new one. */
@Named
@ViewScoped
public class HomeworkSeriesPage implements Serializable {
    @Inject
    transient PageLanguage language;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("place", "series:place"),
            Map.entry("title", "series:title"), Map.entry("weekdays", "series:weekdays"),
            Map.entry("start", "series:start"), Map.entry("end", "series:end"),
            Map.entry("termFirst", "series:termFirst"), Map.entry("termLast", "series:termLast"),
            Map.entry("tutors", "series:tutorsAny"), Map.entry("tutors.any", "series:tutorsAny"),
            Map.entry("tutors.maths", "series:tutorsMaths"), Map.entry("tutors.danish", "series:tutorsDanish"),
            Map.entry("tutors.english", "series:tutorsEnglish"), Map.entry("childSeats", "series:childSeats"));

    @Inject
    transient HomeworkAdministration administration;
    @PersistenceContext
    transient EntityManager em;
    @Inject
    transient Plan plan;

    private String place;
    private String title = SessionPlan.DEFAULT_TITLE;
    private List<String> weekdays = new ArrayList<>(List.of("TU", "TH"));
    private String start = "15:00";
    private String end = "17:00";
    private String termFirst;
    private String termLast;
    private Integer tutorsAny = 1;
    private Integer tutorsMaths = 0;
    private Integer tutorsDanish = 0;
    private Integer tutorsEnglish = 0;
    private Integer childSeats = 8;

    public record Choice(String value, String label) {
    }

    public record Row(long id, String title, String place, String when, String term, String tutors, int seats) {
    }

    public List<Choice> getPlaces() {
        return plan.places().stream()
                .map(p -> new Choice(p.code(), p.name())).toList();
    }

    public List<Choice> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name().substring(0, 2),
                d.getDisplayName(TextStyle.FULL, language.staff().locale()))).toList();
    }

    public List<Row> getSeries() {
        return administration.series().stream().map(s -> new Row(s.id(), s.title(), s.place().name(),
                weekdays(s.rrule()) + " " + Texts.text(language.staff(), "time.at") + " " + s.startTime() + "–"
                        + s.endTime(),
                s.termFirst() + " – " + s.termLast(), tutors(s.tutors()), s.childSeats())).toList();
    }

    /** "tirsdag, torsdag" for a rule's BYDAY=TU,TH. */
    String weekdays(String rrule) {
        String byDay = rrule.replaceAll(".*BYDAY=", "").replaceAll(";.*", "");
        return Texts.list(language.staff(), Arrays.stream(byDay.split(",")).map(String::strip)
                .flatMap(code -> Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(code)))
                .map(d -> d.getDisplayName(TextStyle.FULL, language.staff().locale())).toList());
    }

    private String tutors(dk.helhed.homework.entity.TutorNeeds t) {
        return t.needs().stream().map(n -> n.tutors() + " " + Texts.text(language.staff(), n.subject() == null
                ? "homework.subject.any" : n.subject().textKey())).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String create() {
        try {
            var made = administration.create(new SessionPlan.Draft(place, title, weekdays, start, end, termFirst,
                    termLast, new SessionPlan.Tutors(tutorsAny, tutorsMaths, tutorsDanish, tutorsEnglish),
                    childSeats));
            var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            String text = Texts.text(language.staff(), "page.coordinator.homework.created", made.sessions().size());
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(text, text));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "homework-sessions?faces-redirect=true&series=" + made.series().id();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
            return null;
        }
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays;
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

    public String getTermFirst() {
        return termFirst;
    }

    public void setTermFirst(String termFirst) {
        this.termFirst = termFirst;
    }

    public String getTermLast() {
        return termLast;
    }

    public void setTermLast(String termLast) {
        this.termLast = termLast;
    }

    public Integer getTutorsAny() {
        return tutorsAny;
    }

    public void setTutorsAny(Integer tutorsAny) {
        this.tutorsAny = tutorsAny;
    }

    public Integer getTutorsMaths() {
        return tutorsMaths;
    }

    public void setTutorsMaths(Integer tutorsMaths) {
        this.tutorsMaths = tutorsMaths;
    }

    public Integer getTutorsDanish() {
        return tutorsDanish;
    }

    public void setTutorsDanish(Integer tutorsDanish) {
        this.tutorsDanish = tutorsDanish;
    }

    public Integer getTutorsEnglish() {
        return tutorsEnglish;
    }

    public void setTutorsEnglish(Integer tutorsEnglish) {
        this.tutorsEnglish = tutorsEnglish;
    }

    public Integer getChildSeats() {
        return childSeats;
    }

    public void setChildSeats(Integer childSeats) {
        this.childSeats = childSeats;
    }
}
