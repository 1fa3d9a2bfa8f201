package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.SchoolHoliday;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The school holidays homework help skips. A holiday added later does not cancel sessions already made: the
 * coordinator cancels those one by one, so tutors and families are told.
 */
@ApplicationScoped
@Transactional
public class SchoolHolidays {
    static final int DAYS_MAX = 70;

    @PersistenceContext
    EntityManager em;
    @Inject
    TimeSource time;

    /** A holiday as sent: a name and its first and last day (YYYY-MM-DD, both included). */
    @Schema(name = "SchoolHolidayDraft")
    public record Draft(String name, String firstDay, String lastDay) {
    }

    public List<SchoolHoliday> all() {
        return em.createNamedQuery(SchoolHoliday.ALL, SchoolHoliday.class).getResultList();
    }

    public SchoolHoliday add(Draft draft) {
        var d = draft == null ? new Draft(null, null, null) : draft;
        List<FieldProblem> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "field.event.text.empty"));
        } else if (name.codePointCount(0, name.length()) > SchoolHoliday.NAME_MAX) {
            problems.add(new FieldProblem("name", "field.event.text.long", SchoolHoliday.NAME_MAX));
        }
        LocalDate first = date("firstDay", d.firstDay(), problems);
        LocalDate last = date("lastDay", d.lastDay(), problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("lastDay", "field.homework.holiday.last-before-first"));
            } else if (ChronoUnit.DAYS.between(first, last) >= DAYS_MAX) {
                problems.add(new FieldProblem("lastDay", "field.homework.holiday.too-long", DAYS_MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var holiday = new SchoolHoliday(name, first, last, time.now());
        em.persist(holiday);
        em.flush();
        return holiday;
    }

    public void remove(long id) {
        var holiday = em.find(SchoolHoliday.class, id);
        if (holiday == null) {
            throw Refusal.notFound("homework.holiday.unknown");
        }
        em.remove(holiday);
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        try {
            if (value != null && !value.isBlank()) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        problems.add(new FieldProblem(field, "field.date.invalid"));
        return null;
    }
}
