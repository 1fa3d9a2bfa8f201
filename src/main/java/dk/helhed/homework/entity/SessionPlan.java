package dk.helhed.homework.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.WallClock;
import net.fortuna.ical4j.model.Recur;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A coordinator's homework-help series, checked, and its sessions: the weekly RRULE expanded with ical4j over the
 * term, without closed days (public holidays and the plan's own) and school holidays, each day at the series' local
 * wall-clock time (so 15:00 stays 15:00 across daylight-saving changes). A local time the clocks skip is refused,
 * never shifted; one that happens twice means the first ({@link WallClock}).
 */
public record SessionPlan(String title, String rrule, LocalTime start, LocalTime end, LocalDate termFirst,
                          LocalDate termLast, TutorNeeds tutors, int childSeats, List<Occurrence> sessions) {
    public static final String DEFAULT_TITLE = "Lektiehjælp – Studieplaneten";
    public static final int TITLE_MAX = 200;
    public static final int TERM_WEEKS_MAX = 45;
    public static final int SEATS_MAX = 100;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;

    /** One session: the day the rule gave, its start and end. */
    public record Occurrence(LocalDate day, Instant start, Instant end) {
    }

    /** Tutors per session: for any subject and per subject; absent means none. */
    @Schema(name = "HomeworkTutorsNeeded")
    public record Tutors(Integer any, Integer maths, Integer danish, Integer english) {
    }

    /**
     * The request as sent: {@code weekdays} as RRULE day codes or names (TU, TH, tuesday), times as HH:mm local to
     * the plan, dates as YYYY-MM-DD (both included). {@code place} is a place code, resolved by the caller.
     */
    @Schema(name = "HomeworkSeriesDraft")
    public record Draft(String place, String title, List<String> weekdays, String start, String end,
                        String termFirst, String termLast, Tutors tutors, Integer childSeats) {
    }

    /**
     * Checks everything at once. {@code closed} says which days the plan is closed (public holidays and its own),
     * {@code schoolHoliday} which days are school holidays.
     */
    public static SessionPlan of(Draft draft, Predicate<LocalDate> closed, Predicate<LocalDate> schoolHoliday,
                                 ZoneId zone, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = title(draft.title(), problems);
        Set<DayOfWeek> days = weekdays(draft.weekdays(), problems);
        LocalTime start = time("start", draft.start(), problems);
        LocalTime end = time("end", draft.end(), problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("end", "field.homework.end.before-start"));
        }
        LocalDate first = date("termFirst", draft.termFirst(), problems);
        LocalDate last = date("termLast", draft.termLast(), problems);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (first != null && first.isBefore(today)) {
            problems.add(new FieldProblem("termFirst", "field.homework.term.past"));
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("termLast", "field.homework.term.last-before-first"));
            } else if (ChronoUnit.DAYS.between(first, last) >= TERM_WEEKS_MAX * 7L) {
                problems.add(new FieldProblem("termLast", "field.homework.term.too-long", TERM_WEEKS_MAX));
            }
        }
        TutorNeeds tutors = tutors(draft.tutors(), problems);
        Integer seats = seats(draft.childSeats(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        String rrule = rrule(days, last);
        List<Occurrence> sessions = new ArrayList<>();
        for (LocalDate day : expand(rrule, first, last)) {
            if (closed.test(day) || schoolHoliday.test(day)) {
                continue;
            }
            var s = resolve("start", day.atTime(start), zone, problems);
            var e = resolve("end", day.atTime(end), zone, problems);
            if (s != null && e != null && s.isAfter(now)) {
                sessions.add(new Occurrence(day, s, e));
            }
        }
        if (problems.isEmpty() && sessions.isEmpty()) {
            problems.add(new FieldProblem("weekdays", "field.homework.no-sessions"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new SessionPlan(title, rrule, start, end, first, last, tutors, seats, List.copyOf(sessions));
    }

    /** {@code FREQ=WEEKLY;UNTIL=20270625;BYDAY=TU,TH}: the days in week order, until the term's last day. */
    static String rrule(Set<DayOfWeek> days, LocalDate last) {
        return "FREQ=WEEKLY;UNTIL=" + UNTIL.format(last) + ";BYDAY="
                + days.stream().sorted().map(SessionPlan::code).collect(Collectors.joining(","));
    }

    /** The days an RRULE gives from the term's first day to its last, both included, by ical4j. */
    public static List<LocalDate> expand(String rrule, LocalDate first, LocalDate last) {
        Recur<LocalDate> recur = new Recur<>(rrule);
        return recur.getDates(first, first, last.plusDays(1)).stream()
                .filter(d -> !d.isBefore(first) && !d.isAfter(last)).sorted().toList();
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The instant of a local time in the zone; null, with a problem for the field, if the clocks skip it. */
    static Instant resolve(String field, LocalDateTime local, ZoneId zone, List<FieldProblem> problems) {
        var resolved = WallClock.resolve(local, zone);
        if (resolved.isEmpty()) {
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, "field.event.time.nonexistent", SHOWN.format(local)));
            }
            return null;
        }
        return resolved.get().toInstant();
    }

    private static String title(String value, List<FieldProblem> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            return DEFAULT_TITLE;
        }
        if (stripped.codePointCount(0, stripped.length()) > TITLE_MAX) {
            problems.add(new FieldProblem("title", "field.event.text.long", TITLE_MAX));
        }
        return stripped;
    }

    private static Set<DayOfWeek> weekdays(List<String> values, List<FieldProblem> problems) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            problems.add(new FieldProblem("weekdays", "field.homework.weekdays.empty"));
            return days;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip().toUpperCase(Locale.ROOT);
            var day = java.util.Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().equals(v) || code(d).equals(v)).findFirst();
            if (day.isEmpty()) {
                problems.add(new FieldProblem("weekdays", "field.homework.weekdays.invalid"));
                return days;
            }
            days.add(day.get());
        }
        return days;
    }

    static LocalTime time(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "field.homework.time.invalid"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip()).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.homework.time.invalid"));
            return null;
        }
    }

    static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "field.date.invalid"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.date.invalid"));
            return null;
        }
    }

    /** The children's seats as asked for (1 to {@link #SEATS_MAX}), or null with the problem on "childSeats". */
    public static Integer seats(Integer seats, List<FieldProblem> problems) {
        if (seats == null || seats < 1 || seats > SEATS_MAX) {
            problems.add(new FieldProblem("childSeats", "field.homework.seats", SEATS_MAX));
            return null;
        }
        return seats;
    }

    /** The tutors as asked for (at least one, each count 0 to 20), or null with the problems on their fields. */
    public static TutorNeeds tutors(Tutors tutors, List<FieldProblem> problems) {
        if (tutors == null) {
            problems.add(new FieldProblem("tutors", "field.homework.tutors.none"));
            return null;
        }
        int any = count("tutors.any", tutors.any(), problems);
        int maths = count("tutors.maths", tutors.maths(), problems);
        int danish = count("tutors.danish", tutors.danish(), problems);
        int english = count("tutors.english", tutors.english(), problems);
        if (any < 0 || maths < 0 || danish < 0 || english < 0) {
            return null;
        }
        if (any + maths + danish + english < 1) {
            problems.add(new FieldProblem("tutors", "field.homework.tutors.none"));
            return null;
        }
        return new TutorNeeds(any, maths, danish, english);
    }

    private static int count(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > TutorNeeds.MAX) {
            problems.add(new FieldProblem(field, "field.homework.tutors.count", TutorNeeds.MAX));
            return -1;
        }
        return value;
    }
}
