package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.Attendance;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Person;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * An adviser's own appointments for a day, and whether residents came. An adviser sees only appointments in their
 * own slots; anyone else's reference answers "not found". Every look is written to the access log.
 */
@ApplicationScoped
@Transactional
public class AdviserDay {
    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    AccessLog log;

    @Inject
    People people;

    public List<Appointment> of(String email, LocalDate day) {
        var person = personOf(email);
        var zone = time.zone();
        var appointments = em.createNamedQuery(Appointment.OF_ADVISER_BETWEEN, Appointment.class)
                .setParameter("person", person)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        appointments.forEach(a -> log.record(email, "VIEW_DAY", a.topic()));
        return appointments;
    }

    public Appointment recordAttendance(String email, String reference, String attendance) {
        Attendance what;
        try {
            what = Attendance.valueOf(attendance == null ? "" : attendance.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("attendance", "field.attendance.unknown");
        }
        var person = personOf(email);
        var appointment = em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference).getResultStream()
                .filter(a -> a.slot().adviser().person().id().equals(person.id()))
                .findFirst().orElseThrow(() -> Refusal.notFound("appointment.unknown"));
        appointment.recordAttendance(what, time.now());
        log.record(email, "ATTENDANCE", appointment.topic());
        return appointment;
    }

    private Person personOf(String email) {
        return people.signedIn(email).orElseThrow(() -> Refusal.forbidden("adviser.unknown"));
    }
}
