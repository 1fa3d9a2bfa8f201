package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.HomeworkSession;
import dk.helhed.i18n.Refusal;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.time.TimeSource;
import dk.helhed.time.WallClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** What parents see: the homework-help sessions still to come, with the seats left (no tutors' names). */
@ApplicationScoped
@Transactional
public class HomeworkTimetable {
    public static final int DAYS_AHEAD = 28;

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;
    @Inject
    TimeSource time;

    /** Scheduled sessions not yet begun, from one day to another (both included), optionally at one place. */
    public List<HomeworkSession> upcoming(LocalDate from, LocalDate to, Optional<String> placeCode) {
        placeCode.ifPresent(code -> plan.place(code).orElseThrow(() -> Refusal.invalid("place", "field.place.unknown")));
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "field.range.reversed");
        }
        var zone = time.zone();
        var query = em.createNamedQuery(placeCode.isPresent() ? HomeworkSession.UPCOMING_AT
                : HomeworkSession.UPCOMING, HomeworkSession.class)
                .setParameter("now", time.now())
                .setParameter("from", WallClock.require(from.atTime(LocalTime.MIDNIGHT), zone).toInstant())
                .setParameter("to", WallClock.require(to.plusDays(1).atTime(LocalTime.MIDNIGHT), zone).toInstant())
                .setHint("eclipselink.refresh", true);
        placeCode.ifPresent(code -> query.setParameter("place", code));
        return query.getResultList();
    }
}
