package dk.helhed.shifts.boundary;

import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.shifts.control.ShiftTaking;
import dk.helhed.shifts.entity.AssignmentStatus;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.shifts.entity.ShiftStatus;
import dk.helhed.storage.Removal;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The way into shifts for the capabilities that make and staff them: the pavilion (its blocks' shifts, partner staff
 * taking, giving up and handing over), homework help (its sessions' tutor shifts, cancelled or moved) and the rota
 * (reading them, calling for help). Taking, giving up and releasing one's own are {@link Assignments}'. Everything
 * here runs in the caller's transaction, so a swap or a moved session changes shifts and its own rows together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Shifts {
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;
    @Inject
    ShiftTaking taking;
    @Inject
    ShiftSettings settings;
    @Inject
    Outbox outbox;
    @Inject
    PreferredLanguages languages;
    @Inject
    TimeSource time;

    /** A shift a series wants: made once, found again by its natural key when asked for twice. */
    public record Wanted(ShiftKind kind, Place place, String seriesKey, Organisation organisation, Subject subject,
                         Instant start, Instant end, int needed) {
        String naturalKey() {
            return Shift.naturalKey(seriesKey, start, organisation == null ? null : organisation.code(), subject);
        }
    }

    /** The wanted shift, made unless it exists; empty when it existed already. */
    public Optional<Shift> open(Wanted wanted) {
        if (find(wanted).isPresent()) {
            return Optional.empty();
        }
        var shift = make(wanted);
        em.persist(shift);
        return Optional.of(shift);
    }

    private Shift make(Wanted wanted) {
        return wanted.kind() == ShiftKind.PAVILION
                ? Shift.pavilion(wanted.place(), wanted.seriesKey(), wanted.organisation(), wanted.start(),
                wanted.end(), wanted.needed(), time.now())
                : Shift.homework(wanted.place(), wanted.seriesKey(), wanted.subject(), wanted.start(), wanted.end(),
                wanted.needed(), time.now());
    }

    /**
     * Each wanted shift made unless it exists (one query for which exist), and one withdrawn earlier opened again
     * (its block wants it again); answers how many were made or opened. For a generator that runs again and again
     * over the same weeks.
     */
    public int openAll(List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return 0;
        }
        Map<String, Shift> existing = new HashMap<>();
        em.createQuery("select s from Shift s where s.naturalKey in :keys", Shift.class)
                .setParameter("keys", wanted.stream().map(Wanted::naturalKey).toList()).getResultList()
                .forEach(s -> existing.put(s.naturalKey(), s));
        int made = 0;
        var now = time.now();
        for (var w : wanted) {
            var shift = existing.get(w.naturalKey());
            if (shift == null) {
                shift = make(w);
                em.persist(shift);
                existing.put(w.naturalKey(), shift);
                made++;
            } else if (shift.cancelled() && shift.startsAt().isAfter(now)) {
                shift.reopen(w.needed(), now);
                made++;
            }
        }
        return made;
    }

    /** Opens a withdrawn shift again for this many people (nobody holds it), before it begins. */
    public Shift reopen(long shiftId, int needed) {
        var shift = lock(shiftId);
        shift.reopen(needed, time.now());
        return shift;
    }

    /** The wanted shift as it was made (it keeps its natural key when it is moved). */
    public Optional<Shift> find(Wanted wanted) {
        return em.createNamedQuery(Shift.BY_NATURAL_KEY, Shift.class).setParameter("key", wanted.naturalKey())
                .setFlushMode(FlushModeType.COMMIT).setHint(REFRESH, true).getResultStream().findFirst();
    }

    public Shift shift(long shiftId) {
        return taking.shift(shiftId);
    }

    /** The shift, its row locked until the transaction ends (after any person lock). */
    public Shift lock(long shiftId) {
        return taking.lockShift(shiftId);
    }

    /** The person, their row locked until the transaction ends: lock people before shifts. */
    public Person lockPerson(long personId) {
        return taking.lockPerson(personId);
    }

    /** The live assignments of a shift, locked. */
    public List<ShiftAssignment> holders(Shift shift) {
        return taking.assignments(shift);
    }

    /** The person's live assignments on open shifts that overlap the time. */
    public List<ShiftAssignment> busy(Person person, Instant start, Instant end) {
        return taking.overlapping(person, start, end);
    }

    /** A swap's outcome: the new holders' assignments ({@code toBack} only in an exchange). */
    public record Exchanged(ShiftAssignment toColleague, ShiftAssignment toBack) {
    }

    /**
     * A swap: the offered place goes to {@code to} and, in an exchange, the wanted one goes {@code back}. Both are
     * released before either is taken, so blocks at overlapping times can change hands, and the shifts' counts stay
     * as they are. The caller has locked both people, then both shifts.
     */
    public Exchanged exchange(ShiftAssignment offered, Person to, ShiftAssignment wanted, Person back) {
        var now = time.now();
        var given = taking.shift(offered.shift().id());
        given.requireTakeableBy(to, now);
        offered.release(now);
        Shift received = null;
        if (wanted != null) {
            received = taking.shift(wanted.shift().id());
            received.requireTakeableBy(back, now);
            wanted.release(now);
        }
        em.flush();
        var exchanged = new Exchanged(handOver(given, to, now),
                received == null ? null : handOver(received, back, now));
        outbox.cancel(topic(offered), "swapped");
        if (wanted != null) {
            outbox.cancel(topic(wanted), "swapped");
        }
        return exchanged;
    }

    private ShiftAssignment handOver(Shift shift, Person to, Instant now) {
        taking.requireFree(to, shift, false);
        var assignment = taking.assign(shift, to, now);
        outbox.enqueue(settings.messages().reminders(assignment, languages.of(to), now));
        return assignment;
    }

    /** A cancelled shift and the places it released. */
    public record Cancelled(Shift shift, List<ShiftAssignment> released) {
    }

    /** Cancels the shift: every holder's place released, their messages not yet sent withdrawn. */
    public Cancelled cancel(long shiftId) {
        var shift = lock(shiftId);
        var holders = holders(shift);
        shift.cancel(time.now());
        holders.forEach(assignment -> release(assignment, "the shift was cancelled"));
        return new Cancelled(shift, holders);
    }

    /** Cancels the shift as {@link #cancel} does, and tells each person released (by SMS and e-mail, as given). */
    public Cancelled withdraw(long shiftId) {
        var cancelled = cancel(shiftId);
        var now = time.now();
        cancelled.released().forEach(a -> outbox.enqueue(settings.messages().released(a, languages.of(a.person()),
                now)));
        return cancelled;
    }

    /** A series' open shifts that have not begun, in time order. */
    public List<Shift> upcoming(String seriesKey) {
        return em.createQuery("""
                        select s from Shift s where s.seriesKey = :key and s.status = :open and s.startsAt > :now
                        order by s.startsAt, s.id""", Shift.class)
                .setParameter("key", seriesKey).setParameter("open", ShiftStatus.OPEN)
                .setParameter("now", time.now()).setHint(REFRESH, true).getResultList();
    }

    /** Every shift of a series, past and future, as rows to delete when nobody ever took one. */
    public List<Removal.Row> rowsOf(String seriesKey) {
        return em.createQuery("select s.id from Shift s where s.seriesKey = :key", Long.class)
                .setParameter("key", seriesKey).getResultList().stream()
                .map(id -> new Removal.Row(Shift.class, id)).toList();
    }

    /** The people needed on a shift that has not begun; never fewer than hold it now (refused, on {@code needs}). */
    public Shift resize(long shiftId, int needed) {
        var shift = lock(shiftId);
        shift.resize(needed, time.now());
        return shift;
    }

    /** A holder of a moved shift: kept (their reminders filed again) or released because they are busy then. */
    public record Holder(ShiftAssignment assignment, boolean released) {
    }

    /** A moved shift, where it started before, and what became of its holders. */
    public record Moved(Shift shift, Instant previousStart, List<Holder> holders) {
    }

    /**
     * Moves the shift. A holder keeps the place unless they hold another shift that overlaps the new time (one of
     * {@code together}, moved with it, does not count): then this place is released and they keep the other.
     */
    public Moved move(long shiftId, Instant start, Instant end, Set<Long> together) {
        var shift = lock(shiftId);
        var holders = holders(shift);
        var previousStart = shift.startsAt();
        shift.moveTo(start, end, time.now());
        List<Holder> out = new ArrayList<>();
        for (var assignment : holders) {
            boolean busy = busy(assignment.person(), start, end).stream()
                    .anyMatch(other -> !together.contains(other.shift().id()));
            if (busy) {
                release(assignment, "the shift moved to a time the holder is busy");
            } else {
                outbox.cancel(topic(assignment), "the shift moved");
                outbox.enqueue(settings.messages().reminders(assignment, languages.of(assignment.person()),
                        time.now()));
            }
            out.add(new Holder(assignment, busy));
        }
        return new Moved(shift, previousStart, out);
    }

    private void release(ShiftAssignment assignment, String why) {
        assignment.release(time.now());
        taking.giveBack(assignment);
        outbox.cancel(topic(assignment), why);
    }

    /** The topic an assignment's messages are filed under. */
    public static String topic(ShiftAssignment assignment) {
        return ShiftMessages.topic(assignment.id());
    }

    /** Open shifts of the kinds starting in [from, to), in time order; only those with places left if asked. */
    @Transactional
    public List<Shift> between(Collection<ShiftKind> kinds, Instant from, Instant to, boolean gapsOnly) {
        return em.createQuery("""
                        select s from Shift s join fetch s.place left join fetch s.organisation
                        where s.kind in :kinds and s.status = :open and s.startsAt >= :from and s.startsAt < :to"""
                        + (gapsOnly ? " and s.taken < s.needed" : "") + " order by s.startsAt, s.id",
                        Shift.class)
                .setParameter("kinds", kinds).setParameter("open", ShiftStatus.OPEN).setParameter("from", from)
                .setParameter("to", to).setHint(REFRESH, true).getResultList();
    }

    /** Who holds the places of each shift, by shift id, in the order they took them. */
    @Transactional
    public Map<Long, List<ShiftAssignment>> holders(Collection<Shift> shifts) {
        if (shifts.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select a from ShiftAssignment a join fetch a.person where a.shift.id in :ids
                        and a.status = :taken order by a.id""", ShiftAssignment.class)
                .setParameter("ids", shifts.stream().map(Shift::id).toList())
                .setParameter("taken", AssignmentStatus.TAKEN).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.shift().id()));
    }
}
