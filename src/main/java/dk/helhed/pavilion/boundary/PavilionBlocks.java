package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.pavilion.control.ShiftGeneration;
import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Organisation;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.storage.Removal;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    @Inject
    Shifts shifts;
    @Inject
    Removal removal;

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

    /** What changes in a block from now on: its last day (empty: none) and who should be there, how many. */
    @Schema(name = "PavilionBlockChange")
    public record Change(String validUntil, List<Need> needs) {
    }

    /** A changed block: how many of its coming shifts were withdrawn (their people told) and how many made. */
    public record Changed(PavilionBlock block, int withdrawn, int made) {
    }

    /**
     * Changes a block from now on. Its coming shifts follow: those after a new last day, or of an organisation no
     * longer needed, are withdrawn (anyone on them is released and told); the others need the new number of people
     * (refused when more already hold one); shifts of a new organisation or a later last day are made. The times
     * stay: a block at other times is a new block. All or nothing.
     */
    public Changed change(long id, Change c) {
        var block = em.find(PavilionBlock.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (block == null) {
            throw Refusal.notFound("pavilion.block.unknown");
        }
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        LocalDate until = c.validUntil() == null || c.validUntil().isBlank() ? null
                : date(c.validUntil(), "validUntil", problems);
        Map<Organisation, Integer> wanted = new LinkedHashMap<>();
        if (c.needs() == null || c.needs().isEmpty()) {
            problems.add(new Refusal.FieldProblem("needs", "field.pavilion.needs"));
        } else {
            for (Need need : c.needs()) {
                // a retired organisation keeps a need the block has, but is not given a new one
                var org = need == null || need.organisation() == null ? Optional.<Organisation>empty()
                        : people.organisation(need.organisation().strip()).filter(o -> !o.retired()
                        || block.needs().stream().anyMatch(n -> n.organisation().code().equals(o.code())));
                if (org.isEmpty()) {
                    problems.add(new Refusal.FieldProblem("needs", "field.pavilion.organisation"));
                    break;
                }
                if (wanted.keySet().stream().anyMatch(o -> o.code().equals(org.get().code()))) {
                    problems.add(new Refusal.FieldProblem("needs", "field.pavilion.need.twice"));
                    break;
                }
                wanted.put(org.get(), need.people() == null ? 1 : need.people());
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        block.lastDay(until);
        block.needsNow(wanted);
        Map<String, Integer> staff = new HashMap<>();
        wanted.forEach((o, n) -> staff.put(o.code(), n));
        int withdrawn = 0;
        for (var shift : shifts.upcoming(block.seriesKey())) {
            Integer people = staff.get(shift.organisation().code());
            if (people == null || !block.opensOn(shift.startsAt().atZone(time.zone()).toLocalDate())) {
                shifts.withdraw(shift.id());
                withdrawn++;
            } else if (shift.needed() != people) {
                shifts.resize(shift.id(), people);
            }
        }
        em.flush();
        return new Changed(block, withdrawn, generation.generate(block));
    }

    /**
     * Deletes a block and all its shifts, when nobody ever held one of them nor was asked to; otherwise refused
     * (give it a last day instead), and nothing changes.
     */
    public void remove(long id) {
        var block = em.find(PavilionBlock.class, id);
        if (block == null) {
            throw Refusal.notFound("pavilion.block.unknown");
        }
        List<Removal.Row> rows = new ArrayList<>(shifts.rowsOf(block.seriesKey()));
        rows.add(new Removal.Row(PavilionBlock.class, id));
        if (!removal.unlessReferenced(rows)) {
            throw Refusal.conflict("pavilion.block.used");
        }
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
