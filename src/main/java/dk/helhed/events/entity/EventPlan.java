package dk.helhed.events.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.WallClock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a coordinator asks for, checked: the texts, the number of places and every occurrence's start, end and
 * sign-up deadline as instants. Times are given as local wall-clock times in the plan's zone. A weekly series keeps
 * its wall-clock time across daylight-saving changes (18:00 stays 18:00), and each occurrence keeps the length and
 * the deadline's distance in wall-clock terms. A local time that does not exist (the hour skipped in spring) is
 * refused, never shifted; one that exists twice means its first occurrence ({@link WallClock}'s rule).
 */
public record EventPlan(Localized title, Localized description, int capacity, List<Occurrence> occurrences,
                        List<LocalDate> skipped) {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int CAPACITY_MAX = 10_000;
    public static final int OCCURRENCES_MAX = 52;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public record Occurrence(Instant start, Instant end, Instant signupDeadline) {
    }

    /** A text in Danish and English (both required) and Arabic (optional). */
    @Schema(name = "EventWording")
    public record Wording(String da, String en, String ar) {
    }

    /**
     * Repeat every week: for {@code count} weeks, or until a date (included); not both. A week whose day the plan's
     * offices are closed (a public holiday, Christmas Eve …) is skipped, unless {@code onClosedDays} is true.
     */
    @Schema(name = "EventRepeat")
    public record Weekly(Integer count, String until, Boolean onClosedDays) {
    }

    /**
     * The coordinator's request as sent. Times are local, e.g. {@code 2027-03-23T18:00}; {@code signupDeadline}
     * defaults to the start. {@code place} is a place code, resolved by the caller.
     */
    @Schema(name = "EventDraft")
    public record Draft(String place, Wording title, Wording description, String start, String end,
                        String signupDeadline, Integer capacity, Weekly repeatWeekly) {
    }

    /** As {@link #of(Draft, ZoneId, Instant, Predicate)} with no closed days. */
    public static EventPlan of(Draft draft, ZoneId zone, Instant now) {
        return of(draft, zone, now, day -> false);
    }

    /**
     * Checks everything at once, so the coordinator learns every problem in one answer. The weeks of a series that
     * fall on a {@code closed} day are left out (and listed in {@code skipped}); a single event is made on the day
     * asked for.
     */
    public static EventPlan of(Draft draft, ZoneId zone, Instant now, Predicate<LocalDate> closed) {
        List<FieldProblem> problems = new ArrayList<>();
        Localized title = wording("title", draft.title(), TITLE_MAX, problems);
        Localized description = wording("description", draft.description(), DESCRIPTION_MAX, problems);
        Integer capacity = draft.capacity();
        if (capacity == null || capacity < 1 || capacity > CAPACITY_MAX) {
            problems.add(new FieldProblem("capacity", "field.event.capacity", CAPACITY_MAX));
        }
        LocalDateTime start = local("start", draft.start(), true, problems);
        LocalDateTime end = local("end", draft.end(), true, problems);
        LocalDateTime deadline = local("signupDeadline", draft.signupDeadline(), false, problems);
        List<Occurrence> occurrences = List.of();
        List<LocalDate> skipped = new ArrayList<>();
        if (start != null && end != null) {
            var starts = weekly(start, draft.repeatWeekly(), problems);
            var repeat = draft.repeatWeekly();
            if (starts.size() > 1 && (repeat.onClosedDays() == null || !repeat.onClosedDays())) {
                starts.stream().map(LocalDateTime::toLocalDate).filter(closed).forEach(skipped::add);
                starts = starts.stream().filter(s -> !closed.test(s.toLocalDate())).toList();
                if (starts.isEmpty()) {
                    problems.add(new FieldProblem("repeatWeekly", "field.event.repeat.all-closed"));
                }
            }
            occurrences = occurrences(starts, Duration.between(start, end),
                    deadline == null ? null : Duration.between(deadline, start), zone, problems);
            if (!occurrences.isEmpty() && !occurrences.get(0).start().isAfter(now)) {
                problems.add(new FieldProblem("start", "field.event.start.past"));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new EventPlan(title, description, capacity, occurrences, List.copyOf(skipped));
    }

    /** {@code deadlineBefore} is null when the deadline is the start. */
    private static List<Occurrence> occurrences(List<LocalDateTime> starts, Duration length, Duration deadlineBefore,
                                                ZoneId zone, List<FieldProblem> problems) {
        if (length.isNegative() || length.isZero()) {
            problems.add(new FieldProblem("end", "field.event.end.before-start"));
            return List.of();
        }
        if (deadlineBefore != null && deadlineBefore.isNegative()) {
            problems.add(new FieldProblem("signupDeadline", "field.event.deadline.after-start"));
            return List.of();
        }
        List<FieldProblem> missing = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDateTime start : starts) {
            var s = resolve("start", start, zone, missing);
            var e = resolve("end", start.plus(length), zone, missing);
            var d = deadlineBefore == null ? s : resolve("signupDeadline", start.minus(deadlineBefore), zone, missing);
            if (s != null && e != null && d != null) {
                occurrences.add(new Occurrence(s, e, d));
            }
        }
        problems.addAll(missing);
        return missing.isEmpty() ? occurrences : List.of();
    }

    private static Instant resolve(String field, LocalDateTime local, ZoneId zone, List<FieldProblem> missing) {
        var resolved = WallClock.resolve(local, zone);
        if (resolved.isEmpty()) {
            missing.add(new FieldProblem(field, "field.event.time.nonexistent", SHOWN.format(local)));
            return null;
        }
        return resolved.get().toInstant();
    }

    private static List<LocalDateTime> weekly(LocalDateTime start, Weekly repeat, List<FieldProblem> problems) {
        if (repeat == null || repeat.count() == null && (repeat.until() == null || repeat.until().isBlank())) {
            return List.of(start);
        }
        if (repeat.count() != null && repeat.until() != null && !repeat.until().isBlank()) {
            problems.add(new FieldProblem("repeatWeekly", "field.event.repeat.both"));
            return List.of(start);
        }
        int count;
        String field;
        if (repeat.count() != null) {
            field = "repeatWeekly.count";
            count = repeat.count();
            if (count < 1) {
                problems.add(new FieldProblem(field, "field.event.repeat.count"));
                return List.of(start);
            }
        } else {
            field = "repeatWeekly.until";
            LocalDate until;
            try {
                until = LocalDate.parse(repeat.until().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "field.date.invalid"));
                return List.of(start);
            }
            if (until.isBefore(start.toLocalDate())) {
                problems.add(new FieldProblem(field, "field.event.repeat.until-before"));
                return List.of(start);
            }
            count = (int) Math.min(Integer.MAX_VALUE, ChronoUnit.WEEKS.between(start.toLocalDate(), until) + 1);
        }
        if (count > OCCURRENCES_MAX) {
            problems.add(new FieldProblem(field, "field.event.repeat.too-many", OCCURRENCES_MAX));
            return List.of(start);
        }
        List<LocalDateTime> starts = new ArrayList<>();
        for (int week = 0; week < count; week++) {
            starts.add(start.plusWeeks(week));
        }
        return starts;
    }

    private static Localized wording(String field, Wording wording, int max, List<FieldProblem> problems) {
        String da = text(field + ".da", wording == null ? null : wording.da(), true, max, problems);
        String en = text(field + ".en", wording == null ? null : wording.en(), true, max, problems);
        String ar = text(field + ".ar", wording == null ? null : wording.ar(), false, max, problems);
        return new Localized(da, en, ar);
    }

    private static String text(String field, String value, boolean required, int max, List<FieldProblem> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "field.event.text.empty"));
            }
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            problems.add(new FieldProblem(field, "field.event.text.long", max));
        }
        return stripped;
    }

    private static LocalDateTime local(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "field.event.datetime.empty"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).withNano(0);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.event.datetime.invalid"));
            return null;
        }
    }
}
