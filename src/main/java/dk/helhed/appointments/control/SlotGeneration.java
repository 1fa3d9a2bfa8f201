package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeSource;
import dk.helhed.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns advisers' weekly hours into bookable slots up to the booking horizon, skipping closed days and advisers'
 * absences. Idempotent: a slot that exists is left alone, and a slot that would overlap another of the same adviser
 * is not made (an adviser is in one place at a time). Slots are rows so that taking one is a single conditional
 * update.
 * <p>
 * Each run also brings the adviser's future slots in line with closed days and absences entered since they were
 * made: a slot that is no longer open is withdrawn (never deleted: a cancelled appointment may still point at it,
 * and a booked one keeps its appointment, to be sorted out by the coordinator), and a withdrawn slot that is open
 * again is offered again. Only advisers with weekly hours are looked after; slots made any other way are left alone.
 */
@ApplicationScoped
@Transactional
public class SlotGeneration {
    private static final Logger LOG = Logger.getLogger(SlotGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    BookingWindow window;

    @Inject
    ClosedDays closedDays;

    public int extend() {
        Instant now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        LocalDate last = window.lastDay(today);
        Map<Long, Openings> openings = new HashMap<>();
        int made = 0;
        for (Availability availability : em.createNamedQuery(Availability.ALL, Availability.class).getResultList()) {
            var open = openings.computeIfAbsent(availability.adviser().id(),
                    id -> openings(availability.adviser(), today, last));
            List<TimeWindow> wanted = availability.slots(today, last, time.zone()).stream()
                    .filter(w -> w.start().isAfter(now) && open.open(w)).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            List<TimeWindow> existing = new ArrayList<>(em.createNamedQuery(AppointmentSlot.STARTS_OF_ADVISER,
                            Object[].class)
                    .setParameter("adviser", availability.adviser())
                    .setParameter("from", wanted.get(0).start())
                    .setParameter("to", wanted.get(wanted.size() - 1).end())
                    .getResultStream().map(row -> new TimeWindow((Instant) row[0], (Instant) row[1])).toList());
            for (TimeWindow slot : wanted) {
                if (existing.stream().noneMatch(slot::overlaps)) {
                    em.persist(new AppointmentSlot(availability.adviser(), availability.place(), slot));
                    existing.add(slot);
                    made++;
                }
            }
        }
        reconcile(now, today, last, openings);
        int total = made;
        LOG.info(() -> "Slot generation: " + total + " new slots up to " + last);
        return made;
    }

    /**
     * Withdraws the adviser's free slots at these times (weekly hours that ended); answers how many of them are
     * booked (they keep their appointments, for the coordinator to move or cancel).
     */
    public int withdraw(Adviser adviser, Place place, List<TimeWindow> times) {
        if (times.isEmpty()) {
            return 0;
        }
        var found = em.createQuery("""
                        select s from AppointmentSlot s where s.adviser = :adviser and s.place = :place
                        and s.startsAt >= :from and s.startsAt <= :to""", AppointmentSlot.class)
                .setParameter("adviser", adviser).setParameter("place", place)
                .setParameter("from", times.get(0).start()).setParameter("to", times.get(times.size() - 1).start())
                .getResultList().stream().filter(s -> times.contains(s.window())).toList();
        setWithdrawn(found.stream().filter(s -> !s.withdrawn()).map(AppointmentSlot::id).toList(), true);
        return (int) found.stream().filter(AppointmentSlot::taken).count();
    }

    /** Withdraws the slots that are no longer open and offers again the withdrawn ones that are. */
    private void reconcile(Instant now, LocalDate today, LocalDate last, Map<Long, Openings> openings) {
        List<Long> withdraw = new ArrayList<>();
        List<Long> reopen = new ArrayList<>();
        List<Long> bookedButClosed = new ArrayList<>();
        Instant until = last.plusDays(1).atStartOfDay(time.zone()).toInstant();
        for (var slot : em.createNamedQuery(AppointmentSlot.GENERATED_BETWEEN, AppointmentSlot.class)
                .setParameter("from", now).setParameter("to", until).getResultList()) {
            Adviser adviser = slot.adviser();
            boolean open = !slot.place().retired() && openings.computeIfAbsent(adviser.id(),
                    id -> openings(adviser, today, last)).open(slot.window());
            if (!open && !slot.withdrawn()) {
                withdraw.add(slot.id());
                if (slot.taken()) {
                    bookedButClosed.add(slot.id());
                }
            } else if (open && slot.withdrawn() && covered(slot, today, last)) {
                reopen.add(slot.id());
            }
        }
        setWithdrawn(withdraw, true);
        setWithdrawn(reopen, false);
        if (!withdraw.isEmpty() || !reopen.isEmpty()) {
            LOG.info(() -> "Slot generation: " + withdraw.size()
                    + " slots withdrawn (closed day, adviser away or place retired), "
                    + reopen.size() + " offered again");
        }
        if (!bookedButClosed.isEmpty()) {
            LOG.warning(() -> "Booked slots now on a closed day or in an adviser's absence (the appointments stand;"
                    + " a coordinator should contact the residents): " + bookedButClosed);
        }
    }

    private void setWithdrawn(List<Long> ids, boolean withdrawn) {
        if (!ids.isEmpty()) {
            em.createNamedQuery(AppointmentSlot.WITHDRAW).setParameter("withdrawn", withdrawn)
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /** Whether the adviser's weekly hours still give this slot (hours that ended give none). */
    private boolean covered(AppointmentSlot slot, LocalDate first, LocalDate last) {
        return em.createQuery("select a from Availability a where a.adviser = :adviser and a.place = :place",
                        Availability.class).setParameter("adviser", slot.adviser()).setParameter("place", slot.place())
                .getResultStream().anyMatch(a -> a.slots(first, last, time.zone()).contains(slot.window()));
    }

    private Openings openings(Adviser adviser, LocalDate first, LocalDate last) {
        return new Openings(closedDays, em.createNamedQuery(AvailabilityException.OF_ADVISER_BETWEEN,
                        AvailabilityException.class)
                .setParameter("adviser", adviser).setParameter("first", first).setParameter("last", last)
                .getResultList(), time.zone());
    }
}
