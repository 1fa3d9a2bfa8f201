package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.time.TimeSource;
import dk.helhed.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Turns advisers' weekly hours into bookable slots up to the booking horizon. Idempotent: a slot that exists is
 * left alone, and a slot that would overlap another of the same adviser is not made (an adviser is in one place at
 * a time). Slots are rows so that taking one is a single conditional update.
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
    @ConfigProperty(name = "helhed.booking.horizon-days", defaultValue = "28")
    int horizonDays;

    public int extend() {
        Instant now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        LocalDate last = today.plusDays(horizonDays);
        int made = 0;
        for (Availability availability : em.createNamedQuery(Availability.ALL, Availability.class).getResultList()) {
            List<TimeWindow> wanted = availability.slots(today, last, time.zone());
            if (wanted.isEmpty()) {
                continue;
            }
            List<TimeWindow> existing = new ArrayList<>(em.createNamedQuery(AppointmentSlot.STARTS_OF_ADVISER,
                            Object[].class)
                    .setParameter("adviser", availability.adviser())
                    .setParameter("from", wanted.get(0).start())
                    .setParameter("to", wanted.get(wanted.size() - 1).end())
                    .getResultStream().map(row -> new TimeWindow((Instant) row[0], (Instant) row[1])).toList());
            for (TimeWindow window : wanted) {
                if (window.start().isAfter(now) && existing.stream().noneMatch(window::overlaps)) {
                    em.persist(new AppointmentSlot(availability.adviser(), availability.place(), window));
                    existing.add(window);
                    made++;
                }
            }
        }
        int total = made;
        LOG.info(() -> "Slot generation: " + total + " new slots up to " + last);
        return made;
    }
}
