package dk.helhed.audit.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The days an access-log search covers (both included; the last week unless said), for the page and the API. */
record AccessLogSearch(LocalDate first, LocalDate last) {
    static AccessLogSearch days(String from, String to, LocalDate today, String fromField, String toField) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate last = day(to, today, toField, problems);
        LocalDate first = day(from, last == null ? today.minusDays(6) : last.minusDays(6), fromField, problems);
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(new FieldProblem(toField, "field.range.reversed"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new AccessLogSearch(first, last);
    }

    private static LocalDate day(String text, LocalDate otherwise, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.date.invalid"));
            return null;
        }
    }

    Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    Instant until(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
