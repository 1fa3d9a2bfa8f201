package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Subject;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageDays;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open homework-help shifts, two weeks at a time, grouped by day in time order. The list starts with the
 * volunteer's own places and subjects (from their profile) until they choose others; a weekday can narrow it. Each
 * shift has "Take" and "Take every …", which says what it takes: that weekday, time, place and subject.
 * <p>
 * View-scoped: the buttons act on the shifts this list showed, whatever the filter, the week or the order, so the
 * shift tapped is the shift taken.
 */
@Named
@ViewScoped
public class VolunteerShiftsPage implements Serializable {
    static final ShiftKind KIND = ShiftKind.HOMEWORK;
    static final int DAYS_SHOWN = 14;
    static final String MINE = "mine";
    static final String ALL = "all";
    static final String ANY_DAY = "any";

    @Inject
    transient ShiftBoard board;
    @Inject
    transient Assignments assignments;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;
    @Inject
    transient SecurityContext security;

    private String place;
    private String day;
    private String subject;
    private String from;
    private ShiftBoard.Helper me;
    private List<Day> days;

    /** One shift as listed: its time, where, what, "2 of 3 tutors", and the label of its "take every …" button. */
    public record Row(long id, String time, String place, String what, String places, boolean mine,
                      String seriesLabel) implements Serializable {
    }

    /** A day of the list, with its shifts in time order. */
    public record Day(String date, String title, List<Row> rows) implements Serializable {
    }

    /** An option of a filter. */
    public record Option(String value, String label) implements Serializable {
    }

    /** Who is looking; an account without a volunteer behind it is refused (the 403 page). */
    public void load() {
        me = board.helper(security.getCallerPrincipal().getName());
    }

    public List<Day> getDays() {
        if (days == null) {
            var lang = language.get();
            var zone = time.zone();
            LocalDate first = firstDay();
            var filter = new ShiftBoard.Filter(KIND, places(), weekday(), subjects(), MINE.equals(subjectChoice()),
                    first.atStartOfDay(zone).toInstant(), first.plusDays(DAYS_SHOWN).atStartOfDay(zone).toInstant());
            var byDate = new LinkedHashMap<LocalDate, List<Row>>();
            for (var open : board.open(filter, me.id())) {
                var s = open.shift();
                byDate.computeIfAbsent(s.startsAt().atZone(zone).toLocalDate(), d -> new ArrayList<>())
                        .add(new Row(s.id(), VolunteerPages.times(s, lang, zone), s.place().name(),
                                VolunteerPages.what(s, lang), Texts.text(lang, "page.volunteer.places.count",
                                s.taken(), s.needed()), open.mine(), seriesLabel(s, lang)));
            }
            days = byDate.entrySet().stream().map(e -> new Day(e.getKey().toString(), Texts.day(lang, e.getKey()),
                    List.copyOf(e.getValue()))).toList();
        }
        return days;
    }

    public void take(long shiftId) {
        var lang = language.get();
        try {
            board.shiftOfKind(shiftId, KIND);
            assignments.take(shiftId, me.id());
            PageMessages.told(lang, "page.volunteer.taken");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        days = null;
    }

    /** Every shift like the one tapped: same weekday, time, place and subject; one confirmation for them all. */
    public void takeSeries(long shiftId) {
        var lang = language.get();
        try {
            var result = assignments.takeSeriesLike(shiftId, me.id(), KIND);
            PageMessages.told(lang, "page.volunteer.series-taken", result.taken().size());
            if (!result.skipped().isEmpty()) {
                var zone = time.zone();
                PageMessages.told(lang, "page.volunteer.series-skipped",
                        result.skipped().stream().map(s -> Texts.text(lang, "page.volunteer.skipped-one",
                                VolunteerPages.when(s.shift(), lang, zone), Texts.text(lang, s.reason().key())))
                                .collect(Collectors.joining("; ")));
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
        days = null;
    }

    /** "Tag hver tirsdag kl. 15:00 i Sekretariatet i Karlemoseparken (Dansk)". */
    private String seriesLabel(Shift s, Language lang) {
        var start = s.startsAt().atZone(time.zone());
        return Texts.text(lang, "page.volunteer.take-series", VolunteerPages.weekday(start.getDayOfWeek(), lang),
                Texts.time(lang, s.startsAt(), time.zone()),
                s.place().name(), VolunteerPages.subject(s, lang));
    }

    /** The first day shown: {@code from} if given and not in the past, else today. */
    public LocalDate firstDay() {
        return PageDays.firstDay(from == null ? null : from.strip(), LocalDate.now(time.zone()));
    }

    public String getPeriod() {
        var lang = language.get();
        return Texts.text(lang, "page.book.week", Texts.day(lang, firstDay()),
                Texts.day(lang, firstDay().plusDays(DAYS_SHOWN - 1)));
    }

    /** The period before, or null when this one starts today. */
    public String getEarlier() {
        LocalDate today = LocalDate.now(time.zone());
        return firstDay().isAfter(today) ? max(today, firstDay().minusDays(DAYS_SHOWN)).toString() : null;
    }

    public String getLater() {
        return firstDay().plusDays(DAYS_SHOWN).toString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The place filter: the volunteer's own places, every place, or one. */
    public String placeChoice() {
        if (place == null || place.isBlank()) {
            return me.places().isEmpty() ? ALL : MINE;
        }
        return place.strip();
    }

    public String subjectChoice() {
        if (subject == null || subject.isBlank()) {
            return me.subjects().isEmpty() ? ALL : MINE;
        }
        return subject.strip();
    }

    public String dayChoice() {
        var weekday = weekday();
        return weekday == null ? ANY_DAY : weekday.name();
    }

    private Set<String> places() {
        return switch (placeChoice()) {
            case MINE -> me.places();
            case ALL -> Set.of();
            default -> Set.of(placeChoice());
        };
    }

    private Set<Subject> subjects() {
        return switch (subjectChoice()) {
            case MINE -> me.subjects();
            case ALL -> Set.of();
            default -> Subject.parse(subjectChoice()).map(Set::of).orElse(Set.of());
        };
    }

    private DayOfWeek weekday() {
        try {
            return day == null || day.isBlank() || ANY_DAY.equals(day.strip()) ? null
                    : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Option> getPlaces() {
        var lang = language.get();
        List<Option> options = new ArrayList<>();
        var names = board.placesWithShifts(KIND).stream().collect(Collectors.toMap(p -> p.code(), p -> p.name(),
                (a, b) -> a, LinkedHashMap::new));
        if (!me.places().isEmpty()) {
            options.add(new Option(MINE, Texts.text(lang, "page.volunteer.filter.my-places", Texts.list(lang, me.places().stream()
                    .map(code -> names.getOrDefault(code, code)).toList()))));
        }
        options.add(new Option(ALL, Texts.text(lang, "page.volunteer.filter.all-places")));
        names.forEach((code, name) -> options.add(new Option(code, name)));
        return options;
    }

    public List<Option> getWeekdays() {
        Language lang = language.get();
        List<Option> options = new ArrayList<>();
        options.add(new Option(ANY_DAY, Texts.text(lang, "page.volunteer.filter.any-day")));
        Arrays.stream(DayOfWeek.values()).forEach(d -> options.add(new Option(d.name(),
                VolunteerPages.weekday(d, lang))));
        return options;
    }

    public List<Option> getSubjects() {
        Language lang = language.get();
        List<Option> options = new ArrayList<>();
        if (!me.subjects().isEmpty()) {
            options.add(new Option(MINE, Texts.text(lang, "page.volunteer.filter.my-subjects", Texts.list(lang, me.subjects().stream()
                    .sorted().map(s -> Texts.text(lang, s.textKey())).toList()))));
        }
        options.add(new Option(ALL, Texts.text(lang, "page.volunteer.filter.all-subjects")));
        Arrays.stream(Subject.values()).forEach(s -> options.add(new Option(s.name(), Texts.text(lang, s.textKey()))));
        return options;
    }

    /** Whether the list is narrowed at all (then the empty list offers to show everything). */
    public boolean isNarrowed() {
        return !places().isEmpty() || !subjects().isEmpty() || weekday() != null;
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
