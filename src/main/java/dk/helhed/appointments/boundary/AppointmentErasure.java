package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentStatus;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Erases residents' personal data from appointments (name, phone, e-mail, note) and keeps the rest: slot (date,
 * place, adviser), status, attendance, language and the language asked for, so the plan's reports still count them.
 */
@ApplicationScoped
@Transactional
public class AppointmentErasure {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    /** Appointments whose slot ended before {@code endedBefore}, and holds never verified that ran out before
     * {@code unverifiedBefore}. Answers how many rows were erased. */
    public int erase(Instant endedBefore, Instant unverifiedBefore) {
        Instant now = time.now();
        return em.createNamedQuery(Appointment.ERASE_ENDED).setParameter("now", now)
                .setParameter("before", endedBefore).executeUpdate()
                + em.createNamedQuery(Appointment.ERASE_UNVERIFIED).setParameter("now", now)
                .setParameter("expired", AppointmentStatus.EXPIRED).setParameter("before", unverifiedBefore)
                .executeUpdate();
    }
}
