package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.AppointmentMessages;
import dk.helhed.appointments.control.BookingWindow;
import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.ManageToken;
import dk.helhed.appointments.entity.Resident;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.SpokenLanguage;
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

import java.time.Instant;
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
    BookingWindow bookingWindow;

    @Inject
    @ConfigProperty(name = "helhed.reminder.evening-at", defaultValue = "18:00")
    String eveningAt;

    @Inject
    @ConfigProperty(name = "helhed.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    /**
     * What a resident asks for when booking. {@code language} is that of Helhed's messages; {@code requestedLanguage}
     * (optional, ISO 639-1) the one they want to speak at the meeting.
     */
    public record Request(Long slotId, String name, String phone, String email, Language language,
                          String requestedLanguage) {
    }

    /** A booked appointment and, once only, the secret for its manage link. */
    public record Booked(Appointment appointment, ManageToken token) {
    }

    /**
     * The free slots starting on the days {@code from} to {@code to}, optionally at one place and with an adviser
     * who speaks a language; never beyond the booking horizon, nor sooner than the minimum notice.
     */
    public List<AppointmentSlot> freeSlots(LocalDate from, LocalDate to, Optional<String> placeCode,
                                           Optional<SpokenLanguage> language) {
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "field.range.reversed");
        }
        if (to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw Refusal.invalid("to", "field.range.long", MAX_RANGE_DAYS);
        }
        placeCode.ifPresent(this::place);
        var range = bookingWindow.listable(from, to, time.now(), time.zone());
        if (range.isEmpty()) {
            return List.of();
        }
        var query = em.createNamedQuery(placeCode.isPresent() ? AppointmentSlot.FREE_BETWEEN_AT
                        : AppointmentSlot.FREE_BETWEEN, AppointmentSlot.class)
                .setParameter("from", range.get().start())
                .setParameter("to", range.get().end());
        placeCode.ifPresent(code -> query.setParameter("place", code));
        // filtered here, not in SQL: a handful of advisers, and the range is bounded
        return query.getResultStream().filter(s -> language.map(s.adviser()::speaks).orElse(true)).toList();
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
        problems.addAll(availabilityProblems(slot, request.requestedLanguage(), now));
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (em.createNamedQuery(AppointmentSlot.TAKE).setParameter("id", slot.id()).executeUpdate() == 0) {
            throw Refusal.conflict("slot.taken");
        }
        var token = ManageToken.create();
        var appointment = Appointment.book(slot, resident, request.language(), token, now);
        SpokenLanguage.of(request.requestedLanguage()).ifPresent(appointment::requestLanguage);
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

    /**
     * A slot withdrawn (closed day, adviser away) or too soon for the minimum notice; a requested language that is
     * no language, or that the slot's adviser does not speak.
     */
    private List<FieldProblem> availabilityProblems(AppointmentSlot slot, String requestedLanguage, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (slot != null && !slot.startedBy(now)) {
            if (slot.withdrawn()) {
                problems.add(new FieldProblem("slotId", "field.slot.withdrawn"));
            } else if (bookingWindow.tooSoon(slot.window().start(), now)) {
                problems.add(bookingWindow.tooSoonProblem("slotId"));
            }
        }
        if (requestedLanguage != null && !requestedLanguage.isBlank()) {
            var spoken = SpokenLanguage.of(requestedLanguage);
            if (spoken.isEmpty()) {
                problems.add(new FieldProblem("requestedLanguage", "field.requested-language.invalid"));
            } else if (slot != null && !slot.adviser().speaks(spoken.get())) {
                problems.add(new FieldProblem("requestedLanguage", "field.requested-language.not-spoken"));
            }
        }
        return problems;
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
