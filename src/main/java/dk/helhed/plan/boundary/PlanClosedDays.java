package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.plan.entity.ClosedDay;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan's own closed days, kept by its coordinators. {@link ClosedDays} asks {@link #days()} for each day it
 * judges: read at most once a minute (another node's change counts within that minute), and at once after a change
 * here. A change fires {@link Changed}, so slots already offered on a new closed day are withdrawn straight away.
 */
@ApplicationScoped
@Transactional
public class PlanClosedDays {
    static final Duration FRESH = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;
    @Inject
    TimeSource time;
    @Inject
    Event<Changed> changed;

    private volatile Set<LocalDate> cached;
    private volatile Instant readAt = Instant.MIN;

    /** A closed day as given: YYYY-MM-DD and why. */
    @Schema(name = "ClosedDayDraft")
    public record Draft(String day, String reason) {
    }

    @Schema(name = "ClosedDay")
    public record View(String day, String reason) {
    }

    /** Fired when the plan's closed days change. */
    public record Changed(LocalDate day) {
    }

    /** The plan's own closed days from today, in order. */
    public List<View> coming() {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        return em.createNamedQuery(ClosedDay.ALL, ClosedDay.class).getResultList().stream()
                .filter(d -> !d.day().isBefore(today)).map(d -> new View(d.day().toString(), d.reason())).toList();
    }

    /** A new closed day, from today on; the same day twice is a 409. */
    public View add(Draft draft) {
        var d = draft == null ? new Draft(null, null) : draft;
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        try {
            day = d.day() == null || d.day().isBlank() ? null : LocalDate.parse(d.day().strip());
            if (day == null) {
                problems.add(new FieldProblem("day", "field.date.invalid"));
            } else if (day.isBefore(time.now().atZone(time.zone()).toLocalDate())) {
                problems.add(new FieldProblem("day", "field.closed-day.past"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("day", "field.date.invalid"));
        }
        String reason = Plan.text("reason", d.reason(), ClosedDay.REASON_MAX, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var row = new ClosedDay(day, reason);
        DatabaseRefusals.insert(em, row, () -> Refusal.conflict("problem.closed-day.taken"));
        cached = null;
        changed.fire(new Changed(day));
        return new View(day.toString(), reason);
    }

    /** The day is open again; 404 when it was no closed day of the plan's. */
    public void remove(String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.notFound("problem.closed-day.unknown");
        }
        int removed = em.createQuery("delete from ClosedDay d where d.day = :day").setParameter("day", date)
                .executeUpdate();
        if (removed == 0) {
            throw Refusal.notFound("problem.closed-day.unknown");
        }
        cached = null;
        changed.fire(new Changed(date));
    }

    /** Every closed day of the plan's own, as recently read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<LocalDate> days() {
        var now = Instant.now();
        var days = cached;
        if (days == null || now.isAfter(readAt.plus(FRESH))) {
            days = em.createQuery("select d.day from ClosedDay d", LocalDate.class).getResultStream()
                    .collect(Collectors.toUnmodifiableSet());
            cached = days;
            readAt = now;
        }
        return days;
    }
}
