package dk.helhed.shifts.control;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.storage.DatabaseRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Taking and giving up places on shifts, inside the caller's transaction.
 * <p>
 * Taking locks the person's row first, so one person's parallel requests (a single shift and a whole series at
 * once, two browser tabs) are serialised and the overlap rule (nobody in two places at once) holds however they
 * race. The place itself is taken by the shift's conditional update ({@code taken < needed}), so fifty people racing
 * for the last place get exactly one. Locks are always taken person first, then shift.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ShiftTaking {
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;
    @Inject
    People people;

    /** The person, their row locked until the transaction ends. */
    public Person lockPerson(long personId) {
        return people.lock(personId);
    }

    /** The shift, its row locked until the transaction ends (after any person lock). */
    public Shift lockShift(long shiftId) {
        return em.createNamedQuery(Shift.BY_ID, Shift.class).setParameter("id", shiftId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("shift.unknown"));
    }

    public Shift shift(long shiftId) {
        return em.createNamedQuery(Shift.BY_ID, Shift.class).setParameter("id", shiftId).setHint(REFRESH, true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("shift.unknown"));
    }

    /**
     * One place on the shift for the person: refused if it is not theirs to take, if they are busy then (on this or
     * an overlapping shift), or if it is full.
     */
    public ShiftAssignment take(long shiftId, long personId, Instant now) {
        var person = lockPerson(personId);
        var shift = shift(shiftId);
        shift.requireTakeableBy(person, now);
        requireFree(person, shift, true);
        if (em.createNamedQuery(Shift.TAKE).setParameter("id", shift.id()).executeUpdate() != 1) {
            throw Refusal.conflict("shift.full");
        }
        return assign(shift, person, now);
    }

    /**
     * The overlap rule, the one place it is written: refused if the person already holds this shift or another that
     * overlaps it. {@code self}: the person is the one asking ("you already have a shift then"), not a colleague
     * something is handed to ("Sara already has a shift then").
     */
    public void requireFree(Person person, Shift shift, boolean self) {
        var busy = overlapping(person, shift.startsAt(), shift.endsAt());
        if (busy.stream().anyMatch(a -> a.shift().id().equals(shift.id()))) {
            throw Refusal.conflict("shift.already-yours");
        }
        if (!busy.isEmpty()) {
            throw self ? Refusal.conflict("shift.overlap") : Refusal.conflict("swap.overlap", person.name());
        }
    }

    /** A place on the shift for the person; the shift's count is the caller's (taken, or handed over). */
    public ShiftAssignment assign(Shift shift, Person person, Instant now) {
        var assignment = new ShiftAssignment(shift, person, now);
        persist(assignment);
        return assignment;
    }

    /** Gives a live assignment's place back to its shift (the assignment is already released by the caller). */
    public void giveBack(ShiftAssignment released) {
        em.createNamedQuery(Shift.GIVE_BACK).setParameter("id", released.shift().id()).executeUpdate();
    }

    /** The person's live assignments on open shifts that overlap the given time. */
    public List<ShiftAssignment> overlapping(Person person, Instant start, Instant end) {
        return em.createNamedQuery(ShiftAssignment.OVERLAPPING, ShiftAssignment.class)
                .setParameter("person", person.id()).setParameter("start", start).setParameter("end", end)
                .setHint(REFRESH, true).getResultList();
    }

    /** The live assignments of a shift, locked. */
    public List<ShiftAssignment> assignments(Shift shift) {
        return em.createNamedQuery(ShiftAssignment.OF_SHIFT, ShiftAssignment.class).setParameter("shift", shift.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true).getResultList();
    }

    /** The unique constraint on (shift, active person) settles a race the checks above did not see. */
    private void persist(ShiftAssignment assignment) {
        DatabaseRefusals.insert(em, assignment, () -> Refusal.conflict("shift.already-yours"));
    }
}
