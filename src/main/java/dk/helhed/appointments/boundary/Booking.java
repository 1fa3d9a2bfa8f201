package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.BookingSettings;
import dk.helhed.appointments.control.BookingWindow;
import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentSlot;
import dk.helhed.appointments.entity.AppointmentStatus;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.PhoneCountries;
import dk.helhed.people.entity.Resident;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeSource;
import dk.helhed.time.TimeWindow;
import dk.helhed.verification.boundary.RateLimits;
import dk.helhed.verification.boundary.Verifications;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Residents book, verify, look at, move and cancel economic-advice appointments. Each call is one transaction: the
 * slot, the appointment and its messages are written together or not at all.
 * <p>
 * Online, a booking first <em>holds</em> its slot and sends an SMS code; only the right code makes it booked (and
 * sends the confirmation and reminders). A hold nobody verifies is released when it runs out.
 */
@ApplicationScoped
@Transactional
public class Booking {
    public static final int MAX_RANGE_DAYS = 62;

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    @Inject
    Outbox outbox;

    @Inject
    Verifications verifications;

    @Inject
    RateLimits limits;

    @Inject
    AccessLog accessLog;

    @Inject
    TimeSource time;

    @Inject
    BookingWindow bookingWindow;

    @Inject
    PhoneCountries countries;

    @Inject
    BookingSettings settings;


    /**
     * What a resident asks for when booking: the slot, who they are, the language to write to them in
     * ({@code language}), the one they want to speak at the meeting ({@code requestedLanguage}, optional, ISO 639-1),
     * an optional short note for the adviser; {@code from} is where the request came from (for rate limits).
     */
    public record Request(Long slotId, String name, String phone, String email, Language language,
                          String requestedLanguage, String note, String from) {
    }

    /** An appointment and, once only, the secret for its manage link. */
    public record Booked(Appointment appointment, ManageToken token) {
    }

    /**
     * The free slots starting on the days {@code from} to {@code to}, optionally at one place and with an adviser
     * who speaks a language; never beyond the booking horizon, nor sooner than the minimum notice.
     */
    public List<FreeSlot> freeSlots(LocalDate from, LocalDate to, Optional<String> placeCode,
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
                        : AppointmentSlot.FREE_BETWEEN, Object[].class)
                .setParameter("from", range.get().start())
                .setParameter("to", range.get().end());
        placeCode.ifPresent(code -> query.setParameter("place", code));
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the advisers' languages in one more statement, not one per adviser
        Map<Long, SortedSet<SpokenLanguage>> spoken = new HashMap<>();
        em.createNamedQuery(Adviser.LANGUAGES_OF, Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[5]).distinct().toList())
                .getResultList()
                .forEach(r -> spoken.computeIfAbsent((Long) r[0], id -> new TreeSet<>())
                        .add(new SpokenLanguage((String) r[1])));
        // filtered here, not in SQL: a handful of advisers, and the range is bounded
        return rows.stream()
                .map(r -> new FreeSlot((Long) r[0], new TimeWindow((Instant) r[1], (Instant) r[2]), (String) r[3],
                        (String) r[4], (String) r[6], Collections.unmodifiableSortedSet(
                                spoken.getOrDefault((Long) r[5], Collections.emptySortedSet()))))
                .filter(s -> language.map(s.languages()::contains).orElse(true))
                .toList();
    }

    /** The places with a free slot a resident may book now, by name: a place where nobody can be booked is not offered. */
    public List<Place> bookablePlaces() {
        Instant now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        return bookingWindow.listable(today, bookingWindow.lastDay(today), now, time.zone())
                .map(range -> em.createNamedQuery(AppointmentSlot.PLACES_WITH_FREE, Place.class)
                        .setParameter("from", range.start()).setParameter("to", range.end()).getResultStream()
                        .sorted(Comparator.comparing(Place::name)).toList())
                .orElse(List.of());
    }

    /** A free slot as listed: its place, and the languages its adviser speaks (sorted). */
    public record FreeSlot(long id, TimeWindow window, String placeCode, String placeName, String placeAddress,
                           SortedSet<SpokenLanguage> languages) {
    }

    /** Holds the slot and sends the code; the appointment is booked once {@link #verify} gets the right code. */
    public Booked hold(Request request) {
        var chosen = check(request, true);
        if (request.from() != null) {
            limits.take("ip:" + request.from(), settings.holdsPerIpPerHour(), Duration.ofHours(1));
        }
        take(chosen.slot());
        var token = ManageToken.create();
        var now = time.now();
        var appointment = Appointment.hold(chosen.slot(), chosen.resident(), request.language(), token, now,
                settings.holdUntil(now));
        chosen.fillIn(appointment);
        em.persist(appointment);
        verifications.start(appointment.topic(), appointment.residentPhone(), request.language());
        return new Booked(appointment, token);
    }

    /**
     * A member of staff books for a walk-in or phone caller: no SMS code, and the staff member's name is recorded
     * with the resident's oral consent. The resident gets the confirmation and reminders as usual.
     */
    public Booked bookForResident(Request request, boolean consent, String staff) {
        // every problem at once: the consent beside the request's own
        List<FieldProblem> problems = new ArrayList<>();
        if (!consent) {
            problems.add(new FieldProblem("consent", "field.consent.required"));
        }
        Chosen chosen = null;
        try {
            chosen = check(request, false);
        } catch (Refusal refusal) {
            if (refusal.fields().isEmpty()) {
                throw refusal;
            }
            problems.addAll(refusal.fields());
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        take(chosen.slot());
        var token = ManageToken.create();
        var now = time.now();
        var appointment = Appointment.bookAssisted(chosen.slot(), chosen.resident(), request.language(), token, now,
                staff);
        chosen.fillIn(appointment);
        em.persist(appointment);
        outbox.enqueue(settings.messages().afterBooking(appointment, token, now));
        accessLog.record(staff, "BOOK_FOR_RESIDENT", appointment.topic());
        return new Booked(appointment, token);
    }

    /**
     * The resident's code: right, and the held appointment is booked and confirmed; wrong, and a try is spent (on its
     * own: everything else is rolled back with the refusal).
     */
    public Appointment verify(String token, String code) {
        var appointment = byToken(token);
        var now = time.now();
        appointment.requireConfirmable(now);
        verifications.verify(appointment.topic(), code);
        appointment.confirm(now);
        outbox.enqueue(settings.messages().afterBooking(appointment, new ManageToken(token), now));
        return appointment;
    }

    /** A new code for a hold, after the cooldown. */
    public Appointment resendCode(String token) {
        var appointment = byToken(token);
        if (appointment.status() != AppointmentStatus.HELD) {
            throw Refusal.conflict("appointment.not-held");
        }
        verifications.resend(appointment.topic(), appointment.language());
        return appointment;
    }

    public Appointment byToken(String token) {
        return em.createNamedQuery(Appointment.BY_TOKEN_HASH, Appointment.class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token))
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("appointment.unknown"));
    }

    public Appointment cancel(String token) {
        var appointment = byToken(token);
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        var now = time.now();
        boolean wasBooked = appointment.status() == AppointmentStatus.BOOKED;
        appointment.cancel(now, settings.cutoff());
        release(appointment.slot());
        outbox.cancel(appointment.topic(), "the appointment was cancelled");
        if (wasBooked) {
            outbox.enqueue(settings.messages().afterCancel(appointment, new ManageToken(token), now));
        }
        return appointment;
    }

    /** Moves a booked appointment to another free slot in one step, keeping its reference. */
    public Appointment move(String token, Long slotId) {
        var appointment = byToken(token);
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        var target = target(slotId);
        var now = time.now();
        take(target);
        var left = appointment.moveTo(target, now, settings.cutoff());
        release(left);
        outbox.cancel(appointment.topic(), "the appointment was moved");
        outbox.enqueue(settings.messages().afterMove(appointment, new ManageToken(token), now));
        return appointment;
    }

    /**
     * A member of staff cancels for a resident who asked them (by phone or at the desk), until the appointment begins:
     * the resident's cut-off does not bind staff. The resident is told, with a new link; the access log has it.
     */
    public Appointment cancelForResident(String reference, String staff) {
        var appointment = byReference(reference);
        var now = time.now();
        boolean wasBooked = appointment.status() == AppointmentStatus.BOOKED;
        appointment.cancel(now, Duration.ZERO);
        release(appointment.slot());
        outbox.cancel(appointment.topic(), "the appointment was cancelled by staff");
        if (wasBooked) {
            var token = ManageToken.create();
            appointment.renew(token);
            outbox.enqueue(settings.messages().afterCancel(appointment, token, now));
        }
        accessLog.record(staff, "CANCEL_FOR_RESIDENT", appointment.topic());
        return appointment;
    }

    /**
     * A member of staff moves a resident's appointment to another free slot, until it begins; the reference stays,
     * the resident is told with a new link, and the access log has it.
     */
    public Appointment moveForResident(String reference, Long slotId, String staff) {
        var appointment = byReference(reference);
        var target = target(slotId);
        var now = time.now();
        take(target);
        var left = appointment.moveTo(target, now, Duration.ZERO);
        release(left);
        outbox.cancel(appointment.topic(), "the appointment was moved by staff");
        var token = ManageToken.create();
        appointment.renew(token);
        outbox.enqueue(settings.messages().afterMove(appointment, token, now));
        accessLog.record(staff, "MOVE_FOR_RESIDENT", appointment.topic());
        return appointment;
    }

    /**
     * The appointment with this reference (as written on the resident's SMS, in any case), its row alone locked and
     * read afresh; 404 if none.
     */
    private Appointment byReference(String reference) {
        var appointment = em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("appointment.unknown"));
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        return appointment;
    }

    /** A free slot to move to, checked as a resident's move is. */
    private AppointmentSlot target(Long slotId) {
        if (slotId == null) {
            throw Refusal.invalid("slotId", "field.slot.empty");
        }
        var target = Optional.ofNullable(em.find(AppointmentSlot.class, slotId))
                .orElseThrow(() -> Refusal.invalid("slotId", "field.slot.unknown"));
        var now = time.now();
        if (target.startedBy(now)) {
            throw Refusal.invalid("slotId", "field.slot.past");
        }
        var problems = availabilityProblems(target, now);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return target;
    }

    /** Lets go of holds nobody verified in time; their slots are free again. */
    public int releaseExpiredHolds() {
        var now = time.now();
        var expired = em.createNamedQuery(Appointment.EXPIRED_HOLDS, Appointment.class).setParameter("now", now)
                .getResultList();
        for (var appointment : expired) {
            appointment.expire(now);
            release(appointment.slot());
            outbox.cancel(appointment.topic(), "the hold ran out before the phone was verified");
        }
        return expired.size();
    }

    private record Chosen(AppointmentSlot slot, Resident resident, String note, Optional<SpokenLanguage> speaks) {
        void fillIn(Appointment appointment) {
            appointment.note(note);
            speaks.ifPresent(appointment::requestLanguage);
        }
    }

    /**
     * Checks the whole request at once, so the resident learns every problem in one answer. {@code online}: the
     * resident books themselves, so the phone must take the SMS code.
     */
    private Chosen check(Request request, boolean online) {
        List<FieldProblem> problems = new ArrayList<>();
        Resident resident = null;
        try {
            resident = Resident.of(request.name(), request.phone(), request.email());
            if (!countries.allows(resident.phone())) {
                problems.add(new FieldProblem("phone", "field.phone.country"));
            } else if (online && !resident.phone().receivesSms()) {
                problems.add(new FieldProblem("phone", "field.phone.no-sms"));
            }
        } catch (Refusal refusal) {
            problems.addAll(refusal.fields());
        }
        AppointmentSlot slot = request.slotId() == null ? null : em.find(AppointmentSlot.class, request.slotId());
        if (request.slotId() == null) {
            problems.add(new FieldProblem("slotId", "field.slot.empty"));
        } else if (slot == null) {
            problems.add(new FieldProblem("slotId", "field.slot.unknown"));
        }
        problems.addAll(availabilityProblems(slot, time.now()));
        problems.addAll(Appointment.problems(slot, request.note(), request.requestedLanguage(), time.now()));
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Chosen(slot, resident, note, SpokenLanguage.of(request.requestedLanguage()));
    }

    /** A slot withdrawn (closed day, adviser away) or too soon for the minimum notice. */
    private List<FieldProblem> availabilityProblems(AppointmentSlot slot, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (slot != null && !slot.startedBy(now)) {
            if (slot.withdrawn()) {
                problems.add(new FieldProblem("slotId", "field.slot.withdrawn"));
            } else if (bookingWindow.tooSoon(slot.window().start(), now)) {
                problems.add(bookingWindow.tooSoonProblem("slotId"));
            }
        }
        return problems;
    }

    private void take(AppointmentSlot slot) {
        if (em.createNamedQuery(AppointmentSlot.TAKE).setParameter("id", slot.id()).executeUpdate() == 0) {
            throw Refusal.conflict("slot.taken");
        }
    }

    private void release(AppointmentSlot slot) {
        em.createNamedQuery(AppointmentSlot.RELEASE).setParameter("id", slot.id()).executeUpdate();
    }

    private Place place(String code) {
        return plan.place(code).orElseThrow(() -> Refusal.invalid("place", "field.place.unknown"));
    }
}
