package dk.helhed.homework.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Where one session moves to: a day and local start and end times, checked, as instants. */
public record SessionMove(LocalDate day, Instant start, Instant end) {

    /** The request as sent: {@code date} YYYY-MM-DD, {@code start} and {@code end} HH:mm local to the plan. */
    @Schema(name = "SessionMoveDraft")
    public record Draft(String date, String start, String end) {
    }

    public static SessionMove of(Draft draft, ZoneId zone, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Draft d = draft == null ? new Draft(null, null, null) : draft;
        LocalDate day = SessionPlan.date("date", d.date(), problems);
        LocalTime start = SessionPlan.time("start", d.start(), problems);
        LocalTime end = SessionPlan.time("end", d.end(), problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("end", "field.homework.end.before-start"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Instant s = SessionPlan.resolve("start", day.atTime(start), zone, problems);
        Instant e = SessionPlan.resolve("end", day.atTime(end), zone, problems);
        if (s != null && !s.isAfter(now)) {
            problems.add(new FieldProblem("start", "field.homework.start.past"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new SessionMove(day, s, e);
    }
}
