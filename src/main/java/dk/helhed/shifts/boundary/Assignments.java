package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.people.entity.Subject;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.control.ShiftSettings;
import dk.helhed.shifts.control.ShiftTaking;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.storage.DatabaseRefusals;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Taking and giving up places on shifts of any kind (homework help, pavilion), with the messages that go with it:
 * a confirmation with the shift as .ics and reminders the evening before, filed under {@code
 * shift-assignment:<id>} and cancelled when the place is given up or released.
 * <p>
 * A series is not all-or-nothing: each of its shifts is taken in a transaction of its own, and the answer says
 * which were taken and which were skipped, and why (full, overlapping another shift, begun …).
 */
@ApplicationScoped
@Transactional
public class Assignments {
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;

    @Inject
    ShiftTaking taking;

    @Inject
    Outbox outbox;

    @Inject
    ShiftSettings settings;

    @Inject
    TimeSource time;

    @Inject
    SeparateTransaction separately;

    @Inject
    PreferredLanguages languages;

    /** Why a shift of a series was not taken. */
    public enum Skip {
        FULL, OVERLAP, BEGUN, ALREADY_YOURS, CANCELLED, NOT_ALLOWED, BUSY;

        /** The text that explains it (in the shift texts). */
        public String key() {
            return switch (this) {
                case FULL -> "shift.full";
                case OVERLAP -> "shift.overlap";
                case BEGUN -> "shift.begun";
                case ALREADY_YOURS -> "shift.already-yours";
                case CANCELLED -> "shift.cancelled";
                case NOT_ALLOWED -> "shift.other-organisation";
                case BUSY -> "shift.busy";
            };
        }

        static Skip of(Refusal refusal) {
            return switch (refusal.key()) {
                case "shift.full" -> FULL;
                case "shift.overlap" -> OVERLAP;
                case "shift.begun" -> BEGUN;
                case "shift.already-yours" -> ALREADY_YOURS;
                case "shift.cancelled" -> CANCELLED;
                default -> NOT_ALLOWED;
            };
        }
    }

    public record Taken(Shift shift, ShiftAssignment assignment) {
    }

    public record Skipped(Shift shift, Skip reason) {
    }

    public record SeriesResult(List<Taken> taken, List<Skipped> skipped) {
    }

    /** One place on the shift for the person, with the confirmation and reminders. */
    public ShiftAssignment take(long shiftId, long personId) {
        var now = time.now();
        var assignment = taking.take(shiftId, personId, now);
        outbox.enqueue(settings.messages().afterTaking(assignment, languages.of(assignment.person()), now));
        em.refresh(assignment.shift());
        return assignment;
    }

    /**
     * Every shift still to come in a series for the subject (null: the shifts for any subject), of {@code kind}
     * (null: any).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SeriesResult takeSeries(String seriesKey, Subject subject, long personId, ShiftKind kind) {
        var now = time.now();
        return takeEach(separately.run(() -> series(seriesKey, now).stream()
                .filter(s -> s.subject() == subject).filter(s -> kind == null || s.kind() == kind).toList()),
                personId);
    }

    /**
     * "Every Tuesday like this one": every shift still to come of the shift's series on the same weekday, at the
     * same local time and place, for the same subject; a series that meets on Tuesdays and Thursdays gives only
     * its Tuesdays. Nothing else is taken, so what the button says is what happens.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SeriesResult takeSeriesLike(long shiftId, long personId, ShiftKind kind) {
        var now = time.now();
        var zone = time.zone();
        return takeEach(separately.run(() -> {
            var like = em.find(Shift.class, shiftId);
            if (like == null || like.kind() != kind || like.seriesKey() == null) {
                throw Refusal.notFound("shift.unknown");
            }
            return series(like.seriesKey(), now).stream().filter(s -> like.sameSlotEachWeek(s, zone)).toList();
        }), personId);
    }

    /**
     * Each shift in a transaction of its own, so one full shift skips only itself; then one confirmation for all
     * that were taken (one e-mail with every date and one .ics, not one message per shift), each with its reminders.
     */
    private SeriesResult takeEach(List<Shift> shifts, long personId) {
        if (shifts.isEmpty()) {
            throw Refusal.notFound("series.unknown");
        }
        List<Taken> taken = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Shift shift : shifts) {
            try {
                var assignment = separately.run(() -> takeWithReminders(shift.id(), personId));
                taken.add(new Taken(shift, assignment));
            } catch (Refusal refusal) {
                if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
                    throw refusal;
                }
                skipped.add(new Skipped(shift, Skip.of(refusal)));
            } catch (RuntimeException e) {
                if (!DatabaseRefusals.transientConflict(e)) {
                    throw e;
                }
                skipped.add(new Skipped(shift, Skip.BUSY));
            }
        }
        if (!taken.isEmpty()) {
            separately.run(() -> confirm(taken.stream().map(t -> t.assignment().id()).toList()));
        }
        return new SeriesResult(taken, skipped);
    }

    private ShiftAssignment takeWithReminders(long shiftId, long personId) {
        var now = time.now();
        var assignment = taking.take(shiftId, personId, now);
        outbox.enqueue(settings.messages().reminders(assignment, languages.of(assignment.person()), now));
        return assignment;
    }

    private boolean confirm(List<Long> assignmentIds) {
        var assignments = em.createNamedQuery(ShiftAssignment.WITH_IDS, ShiftAssignment.class)
                .setParameter("ids", assignmentIds).getResultList();
        outbox.enqueue(settings.messages().afterTakingSeveral(assignments,
                languages.of(assignments.get(0).person()), time.now()));
        return true;
    }

    /** A shift with the people who hold it, for a coordinator (contact details included). */
    public record Staffing(Shift shift, List<ShiftAssignment> holders) {
    }

    public Staffing staffing(long shiftId) {
        var shift = em.createQuery("select s from Shift s join fetch s.place left join fetch s.organisation "
                        + "where s.id = :id", Shift.class).setParameter("id", shiftId).setHint(REFRESH, true)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("shift.unknown"));
        return new Staffing(shift, em.createNamedQuery(ShiftAssignment.OF_SHIFT, ShiftAssignment.class)
                .setParameter("shift", shiftId).setHint(REFRESH, true).getResultList());
    }

    /** The person gives their place up themselves, before the cut-off; later, they must ask the coordinator. */
    public ShiftAssignment giveUp(long assignmentId, long personId) {
        var now = time.now();
        taking.lockPerson(personId);
        var assignment = assignment(assignmentId);
        if (!assignment.person().id().equals(personId)) {
            throw Refusal.notFound("assignment.unknown");
        }
        assignment.giveUp(now, settings.cutoff().before());
        return afterRelease(assignment, "given up by the person");
    }

    /** A coordinator releases someone from a shift, at any time; they are told. */
    public ShiftAssignment release(long assignmentId) {
        var now = time.now();
        taking.lockPerson(assignment(assignmentId).person().id());
        var assignment = assignment(assignmentId);
        assignment.release(now);
        afterRelease(assignment, "released by a coordinator");
        outbox.enqueue(settings.messages().released(assignment, languages.of(assignment.person()), now));
        return assignment;
    }

    /** A shift someone took, as kept about them. */
    public record Held(Instant start, Instant end, String place, String status) {
    }

    /** Every shift the person took, taken or released, by start: what is kept about them. */
    public List<Held> history(long personId) {
        return em.createQuery("""
                        select a from ShiftAssignment a join fetch a.shift s join fetch s.place
                        where a.person.id = :person order by s.startsAt, a.id""", ShiftAssignment.class)
                .setParameter("person", personId).getResultStream().map(a -> new Held(a.shift().startsAt(),
                        a.shift().endsAt(), a.shift().place().name(), a.status().name())).toList();
    }

    /**
     * The person leaves: every shift of theirs not yet begun is open again (their reminders cancelled, the rota shows
     * the gap). Answers what was released, for the coordinators to be told.
     */
    public List<Held> releaseFuture(long personId, String why) {
        var now = time.now();
        taking.lockPerson(personId);
        var held = em.createNamedQuery(ShiftAssignment.OF_PERSON, ShiftAssignment.class)
                .setParameter("person", personId).setParameter("from", now).setParameter("to", now.plus(java.time.Duration.ofDays(3660)))
                .getResultList().stream().filter(a -> a.shift().startsAt().isAfter(now)).toList();
        for (var assignment : held) {
            assignment.release(now);
            afterRelease(assignment, why);
        }
        return held.stream().map(a -> new Held(a.shift().startsAt(), a.shift().endsAt(), a.shift().place().name(),
                a.status().name())).toList();
    }

    private ShiftAssignment afterRelease(ShiftAssignment assignment, String why) {
        taking.giveBack(assignment);
        outbox.cancel(ShiftMessages.topic(assignment.id()), why);
        em.refresh(assignment.shift());
        return assignment;
    }

    private ShiftAssignment assignment(long id) {
        return em.createNamedQuery(ShiftAssignment.BY_ID, ShiftAssignment.class).setParameter("id", id)
                .setHint(REFRESH, true).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("assignment.unknown"));
    }

    private List<Shift> series(String seriesKey, Instant now) {
        return em.createQuery("""
                        select s from Shift s join fetch s.place where s.seriesKey = :series
                        and s.status = dk.helhed.shifts.entity.ShiftStatus.OPEN and s.endsAt > :now
                        order by s.startsAt, s.id""", Shift.class)
                .setParameter("series", seriesKey).setParameter("now", now).getResultList();
    }
}
