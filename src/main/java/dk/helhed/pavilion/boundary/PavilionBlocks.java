package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.pavilion.control.ShiftGeneration;
import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.people.boundary.People;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Coordinators' pavilion blocks: made from a draft, and turned into shifts for the next weeks at once. */
@ApplicationScoped
@Transactional
public class PavilionBlocks {
    @PersistenceContext
    EntityManager em;
    @Inject
    People people;
    @Inject
    Plan plan;
    @Inject
    TimeSource time;
    @Inject
    ShiftGeneration generation;

    /** A block as a coordinator writes it: place code, weekday (MONDAY…), local times HH:mm, days YYYY-MM-DD. */
    @Schema(name = "PavilionBlockDraft")
    public record Draft(String place, String weekday, String start, String end, String validFrom, String validUntil,
                        List<Need> needs) {
    }

    /** Staff of an organisation (by code); {@code people} defaults to 1. */
    @Schema(name = "PavilionBlockNeed")
    public record Need(String organisation, Integer people) {
    }

    public record Created(PavilionBlock block, int shifts) {
    }

    public Created create(Draft d) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        Place place = plan.placeInUse(d.place()).orElse(null);
        if (place == null) {
            problems.add(new Refusal.FieldProblem("place", "field.pavilion.place"));
        }
        DayOfWeek day = null;
        try {
            day = DayOfWeek.valueOf(d.weekday() == null ? "" : d.weekday().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Refusal.FieldProblem("weekday", "field.pavilion.weekday"));
        }
        LocalTime start = time(d.start(), "start", problems);
        LocalTime end = time(d.end(), "end", problems);
        LocalDate from = d.validFrom() == null || d.validFrom().isBlank()
                ? time.now().atZone(time.zone()).toLocalDate() : date(d.validFrom(), "validFrom", problems);
        LocalDate until = d.validUntil() == null || d.validUntil().isBlank() ? null
                : date(d.validUntil(), "validUntil", problems);
        if (d.needs() == null || d.needs().isEmpty() || d.needs().stream()
                .anyMatch(n -> n == null || n.organisation() == null || n.organisation().isBlank())) {
            problems.add(new Refusal.FieldProblem("needs", "field.pavilion.needs"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var block = new PavilionBlock(place, day, start, end, from, until, time.now());
        for (Need need : d.needs()) {
            var org = people.organisation(need.organisation() == null ? "" : need.organisation())
                    .filter(o -> !o.retired())
                    .orElseThrow(() -> Refusal.invalid("needs", "field.pavilion.organisation"));
            block.need(org, need.people() == null ? 1 : need.people());
        }
        em.persist(block);
        em.flush();
        return new Created(block, generation.generate(block));
    }

    public List<PavilionBlock> all() {
        return em.createNamedQuery(PavilionBlock.ALL, PavilionBlock.class).getResultList();
    }

    private static LocalTime time(String text, String field, List<Refusal.FieldProblem> problems) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Refusal.FieldProblem(field, "field.pavilion.time"));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<Refusal.FieldProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Refusal.FieldProblem(field, "field.date.invalid"));
            return null;
        }
    }
}
