package dk.helhed.events.boundary;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
import dk.helhed.i18n.Refusal;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What residents can see: open events that have not started, with their places left and the line's length. */
@ApplicationScoped
@Transactional
public class EventCatalogue {
    public static final int MAX_RANGE_DAYS = 366;

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    @Inject
    TimeSource time;

    /** An event as listed, with how many wait in line. */
    public record Listed(Event event, long waitlist) {
    }

    /** Open events starting from one day to another (both included, local days), optionally at one place. */
    public List<Listed> upcoming(LocalDate from, LocalDate to, Optional<String> placeCode) {
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "field.range.reversed");
        }
        if (to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw Refusal.invalid("to", "field.range.long", MAX_RANGE_DAYS);
        }
        placeCode.ifPresent(code -> plan.place(code).orElseThrow(() -> Refusal.invalid("place", "field.place.unknown")));
        var zone = time.zone();
        var query = em.createNamedQuery(placeCode.isPresent() ? Event.UPCOMING_AT : Event.UPCOMING, Event.class)
                .setParameter("now", time.now())
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        placeCode.ifPresent(code -> query.setParameter("place", code));
        var events = query.getResultList();
        var lengths = waitlists(events);
        return events.stream().map(e -> new Listed(e, lengths.getOrDefault(e.id(), 0L))).toList();
    }

    /** Any event, cancelled or past included: a resident's link may point to it. */
    public Listed find(long id) {
        var event = em.find(Event.class, id);
        if (event == null) {
            throw Refusal.notFound("event.unknown");
        }
        return new Listed(event, waitlists(List.of(event)).getOrDefault(id, 0L));
    }

    private Map<Long, Long> waitlists(List<Event> events) {
        Map<Long, Long> lengths = new HashMap<>();
        if (!events.isEmpty()) {
            em.createNamedQuery(Signup.WAITLIST_LENGTHS, Object[].class)
                    .setParameter("events", events.stream().map(Event::id).toList())
                    .getResultList()
                    .forEach(row -> lengths.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return lengths;
    }
}
