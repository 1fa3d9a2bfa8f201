package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.shifts.control.HoursServed;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.shifts.entity.ShiftStatus;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a volunteer reads: open shifts to take, their own shifts, and the hours they served. Shifts show how many
 * places are taken, never by whom.
 */
@ApplicationScoped
@Transactional
public class ShiftBoard {
    static final int MOST_LISTED = 300;
    static final Duration FAR = Duration.ofDays(800);

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    People people;

    /**
     * What a volunteer looks for. Empty sets and null mean any; {@code from}/{@code to} bound the start. With
     * subjects given, {@code alsoForAnySubject} admits the shifts that need a helper for any subject as well.
     */
    public record Filter(ShiftKind kind, Set<String> places, DayOfWeek day, Set<Subject> subjects,
                         boolean alsoForAnySubject, Instant from, Instant to) {
        public Filter {
            places = places == null ? Set.of() : Set.copyOf(places);
            subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
        }

        boolean admits(Shift shift, ZoneId zone) {
            return (places.isEmpty() || places.contains(shift.place().code()))
                    && (day == null || shift.startsAt().atZone(zone).getDayOfWeek() == day)
                    && (subjects.isEmpty() || (shift.subject() == null ? alsoForAnySubject
                    : subjects.contains(shift.subject())));
        }
    }

    /** An open shift, and whether the person already holds a place on it. */
    public record Open(Shift shift, boolean mine) {
    }

    /** A signed-in volunteer: who, where they help and what they teach (their list of shifts starts with these). */
    public record Helper(long id, Set<String> places, Set<Subject> subjects) implements java.io.Serializable {
    }

    /** The person behind a signed-in account; an account without one (a coordinator) is refused. */
    public long personOf(String email) {
        return helper(email).id();
    }

    public Helper helper(String email) {
        return people.signedIn(email).map(p -> new Helper(p.id(), p.places(), p.subjects()))
                .orElseThrow(() -> Refusal.forbidden("volunteer.no-person"));
    }

    /** Open shifts that have not begun and still miss people, soonest first. */
    public List<Open> open(Filter filter, long personId) {
        var now = time.now();
        Instant from = filter.from() == null || filter.from().isBefore(now) ? now : filter.from();
        Instant to = filter.to() == null ? now.plus(FAR) : filter.to();
        var zone = time.zone();
        // places and subjects narrow the query itself (the default view is the volunteer's own); the weekday, which
        // depends on the zone, is checked on what comes back
        var query = em.createQuery("""
                        select s from Shift s join fetch s.place p where s.status = :open and s.startsAt > :from
                        and s.startsAt < :to and s.taken < s.needed and (:kind is null or s.kind = :kind)"""
                        + (filter.places().isEmpty() ? "" : " and p.code in :places")
                        + (filter.subjects().isEmpty() ? "" : filter.alsoForAnySubject()
                        ? " and (s.subject in :subjects or s.subject is null)" : " and s.subject in :subjects")
                        + " order by s.startsAt, p.name, s.id", Shift.class)
                .setParameter("open", ShiftStatus.OPEN).setParameter("from", from).setParameter("to", to)
                .setParameter("kind", filter.kind());
        if (!filter.places().isEmpty()) {
            query.setParameter("places", filter.places());
        }
        if (!filter.subjects().isEmpty()) {
            query.setParameter("subjects", filter.subjects());
        }
        List<Shift> shifts = query.getResultStream().filter(s -> filter.admits(s, zone)).limit(MOST_LISTED).toList();
        Set<Long> mine = assignments(personId, from, to).stream().map(a -> a.shift().id())
                .collect(Collectors.toSet());
        return shifts.stream().map(s -> new Open(s, mine.contains(s.id()))).toList();
    }

    /** The places that have open shifts of this kind to come, for the place filter. */
    public List<Place> placesWithShifts(ShiftKind kind) {
        return em.createQuery("""
                        select distinct s.place from Shift s where s.status = :open and s.startsAt > :now
                        and s.kind = :kind""", Place.class)
                .setParameter("open", ShiftStatus.OPEN).setParameter("now", time.now()).setParameter("kind", kind)
                .getResultList().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** The shift, if a volunteer may see it through this kind's pages and API; otherwise "unknown". */
    public Shift shiftOfKind(long shiftId, ShiftKind kind) {
        var shift = em.find(Shift.class, shiftId);
        if (shift == null || shift.kind() != kind) {
            throw Refusal.notFound("shift.unknown");
        }
        return shift;
    }

    /** The person's places on shifts that have not ended, soonest first. */
    public List<ShiftAssignment> upcoming(long personId) {
        var now = time.now();
        return assignments(personId, now, now.plus(FAR)).stream()
                .filter(a -> a.shift().status() == ShiftStatus.OPEN).toList();
    }

    /** The person's places on open shifts that end after {@code from} and start before {@code to}. */
    public List<ShiftAssignment> assignments(long personId, Instant from, Instant to) {
        return em.createNamedQuery(ShiftAssignment.OF_PERSON, ShiftAssignment.class)
                .setParameter("person", personId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Hours served in each month of the year: shifts they held that have ended. */
    public List<HoursServed.Month> hours(long personId, Year year) {
        var zone = time.zone();
        Instant from = year.atDay(1).atStartOfDay(zone).toInstant().minus(Duration.ofDays(1));
        Instant to = year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant().plus(Duration.ofDays(1));
        var served = assignments(personId, from, to).stream()
                .filter(a -> a.shift().status() == ShiftStatus.OPEN)
                .map(a -> new HoursServed.Served(a.shift().startsAt(), a.shift().endsAt())).toList();
        return HoursServed.perMonth(served, year, zone, time.now());
    }
}
