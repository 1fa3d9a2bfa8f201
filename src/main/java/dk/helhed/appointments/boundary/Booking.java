package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.AppointmentMessages;
import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.ManageToken;
import dk.helhed.appointments.entity.Resident;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.messaging.control.Outbox;
import dk.helhed.places.entity.Place;
import dk.helhed.reminders.control.ReminderPolicy;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Residents book, look at and cancel economic-advice appointments. Each call is one transaction: the slot, the
 * appointment and its messages are written together or not at all.
 */
@ApplicationScoped
@Transactional
public class Booking {
    public static final int MAX_RANGE_DAYS = 62;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TimeSource time;

    @Inject
    @ConfigProperty(name = "helhed.reminder.evening-at", defaultValue = "18:00")
    String eveningAt;

    @Inject
    @ConfigProperty(name = "helhed.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    /** What a resident asks for when booking. */
    public record Request(Long slotId, String name, String phone, String email, Language language) {
    }

    /** A booked appointment and, once only, the secret for its manage link. */
    public record Booked(Appointment appointment, ManageToken token) {
    }

    public List<AppointmentSlot> freeSlots(LocalDate from, LocalDate to, Optional<String> placeCode) {
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "field.range.reversed");
        }
        if (to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw Refusal.invalid("to", "field.range.long", MAX_RANGE_DAYS);
        }
        placeCode.ifPresent(this::place);
        var zone = time.zone();
        var start = from.atStartOfDay(zone).toInstant();
        var now = time.now();
        var query = em.createNamedQuery(placeCode.isPresent() ? AppointmentSlot.FREE_BETWEEN_AT
                        : AppointmentSlot.FREE_BETWEEN, AppointmentSlot.class)
                .setParameter("from", start.isBefore(now) ? now.plusSeconds(1) : start)
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        placeCode.ifPresent(code -> query.setParameter("place", code));
        return query.getResultList();
    }

    public Booked book(Request request) {
        List<FieldProblem> problems = new ArrayList<>();
        Resident resident = null;
        try {
            resident = Resident.of(request.name(), request.phone(), request.email());
        } catch (Refusal refusal) {
            problems.addAll(refusal.fields());
        }
        AppointmentSlot slot = request.slotId() == null ? null : em.find(AppointmentSlot.class, request.slotId());
        var now = time.now();
        if (request.slotId() == null) {
            problems.add(new FieldProblem("slotId", "field.slot.empty"));
        } else if (slot == null) {
            problems.add(new FieldProblem("slotId", "field.slot.unknown"));
        } else if (slot.startedBy(now)) {
            problems.add(new FieldProblem("slotId", "field.slot.past"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (em.createNamedQuery(AppointmentSlot.TAKE).setParameter("id", slot.id()).executeUpdate() == 0) {
            throw Refusal.conflict("slot.taken");
        }
        var token = ManageToken.create();
        var appointment = Appointment.book(slot, resident, request.language(), token, now);
        em.persist(appointment);
        outbox.enqueue(messages().afterBooking(appointment, token, now));
        return new Booked(appointment, token);
    }

    public Appointment byToken(String token) {
        return em.createNamedQuery(Appointment.BY_TOKEN_HASH, Appointment.class)
                .setParameter("hash", ManageToken.hash(token))
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("appointment.unknown"));
    }

    public Appointment cancel(String token) {
        var appointment = byToken(token);
        appointment.cancel(time.now());
        em.createNamedQuery(AppointmentSlot.RELEASE).setParameter("id", appointment.slot().id()).executeUpdate();
        outbox.cancel(appointment.topic(), "the appointment was cancelled");
        return appointment;
    }

    private Place place(String code) {
        return em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.invalid("place", "field.place.unknown"));
    }

    private AppointmentMessages messages() {
        var zone = time.zone();
        return new AppointmentMessages(new ReminderPolicy(LocalTime.parse(eveningAt), zone), zone, publicBaseUrl);
    }
}
