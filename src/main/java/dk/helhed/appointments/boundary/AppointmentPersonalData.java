package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.AppointmentStatus;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.entity.Resident;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Residents' personal data in appointments (name, phone, e-mail, note): found, corrected and erased for the resident
 * (privacy's data-subject requests) and erased after its time (retention). Erasing keeps the rest: slot (date,
 * place, adviser), status, attendance, language and the language asked for, so the plan's reports still count them.
 */
@ApplicationScoped
@Transactional
public class AppointmentPersonalData {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    Outbox outbox;

    /** An appointment as held about the resident: what they are told they can see. */
    public record Held(String reference, String status, Instant start, String place, String name, String phone,
                       String email, String note, String language) {
    }

    /** Appointments not yet erased that name this phone (E.164) or e-mail address (lower case), by start. */
    public List<Held> about(String phone, String email) {
        return found(phone, email).stream().map(a -> new Held(a.reference(), a.status().name(),
                a.slot().window().start(), a.slot().place().name(), a.residentName(), a.residentPhone(),
                a.residentEmail().orElse(null), a.note(), a.language().tag())).toList();
    }

    private List<Appointment> found(String phone, String email) {
        return em.createNamedQuery(Appointment.ABOUT, Appointment.class).setParameter("phone", phone)
                .setParameter("email", email).getResultList();
    }

    /**
     * Erases them at the resident's request: one still to come is cancelled without a message (its slot is free
     * again); what was waiting to be sent about it is cancelled and every message about it erased. Answers how many.
     */
    public int eraseAbout(String phone, String email) {
        var now = time.now();
        var found = found(phone, email);
        for (var appointment : found) {
            if (appointment.erase(now)) {
                em.createNamedQuery(AppointmentSlot.RELEASE).setParameter("id", appointment.slot().id())
                        .executeUpdate();
            }
            outbox.forgetTopic(appointment.topic());
        }
        return found.size();
    }

    /**
     * Corrects the resident's details in every appointment naming them; messages still to be sent go to the
     * corrected phone and address. Answers how many.
     */
    public int correct(String phone, String email, Resident corrected) {
        var found = found(phone, email);
        for (var appointment : found) {
            String oldPhone = appointment.residentPhone();
            String oldEmail = appointment.residentEmail().orElse(null);
            appointment.correct(corrected);
            outbox.readdress(appointment.topic(), oldPhone, corrected.phone().e164());
            outbox.readdress(appointment.topic(), oldEmail, corrected.email().orElse(null));
        }
        return found.size();
    }

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
