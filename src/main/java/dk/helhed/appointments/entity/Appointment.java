package dk.helhed.appointments.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Resident;
import dk.helhed.verification.entity.ManageToken;
import dk.helhed.verification.entity.References;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resident's economic-advice appointment in one slot.
 * <p>
 * Lifecycle: {@link #hold held} in a free slot that has not started (the slot itself is taken by a conditional
 * update beside this) until the resident proves their phone, then {@link #confirm booked}; a hold never confirmed
 * {@link #expire expires}. A booked appointment can be {@link #moveTo moved} to another slot, keeping its reference,
 * and {@link #cancel cancelled}; both only up to a cut-off before the start. While it holds a slot,
 * {@code activeSlotId} equals the slot's id and a unique constraint on it allows one live appointment per slot.
 * The resident reaches it by its reference (spoken on the phone) or by a manage token (in links).
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.ERASE_ENDED, query = """
        update Appointment a set a.residentName = '', a.residentPhone = '', a.residentEmail = null, a.note = null,
        a.erasedAt = :now where a.erasedAt is null
        and a.slot.id in (select s.id from AppointmentSlot s where s.endsAt < :before)""")
@NamedQuery(name = Appointment.ERASE_UNVERIFIED, query = """
        update Appointment a set a.residentName = '', a.residentPhone = '', a.residentEmail = null, a.note = null,
        a.erasedAt = :now where a.erasedAt is null and a.status = :expired and a.holdUntil < :before""")
@NamedQuery(name = Appointment.BY_TOKEN_HASH, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place where a.manageTokenHash = :hash""")
@NamedQuery(name = Appointment.OF_ADVISER_BETWEEN, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place
        where s.adviser.person = :person and s.startsAt >= :from and s.startsAt < :to
        and a.status = dk.helhed.appointments.entity.AppointmentStatus.BOOKED order by s.startsAt, a.id""")
@NamedQuery(name = Appointment.EXPIRED_HOLDS, query = """
        select a from Appointment a where a.status = dk.helhed.appointments.entity.AppointmentStatus.HELD
        and a.holdUntil <= :now""")
@NamedQuery(name = Appointment.ABOUT, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place where a.erasedAt is null
        and (a.residentPhone = :phone or lower(a.residentEmail) = :email) order by s.startsAt, a.id""")
@NamedQuery(name = Appointment.BY_REFERENCE, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place where a.reference = :reference""")
public class Appointment {
    public static final int NOTE_MAX = 300;
    public static final String ERASE_ENDED = "Appointment.eraseEnded";
    public static final String ABOUT = "Appointment.about";
    public static final String ERASE_UNVERIFIED = "Appointment.eraseUnverified";
    public static final String BY_TOKEN_HASH = "Appointment.byTokenHash";
    public static final String BY_REFERENCE = "Appointment.byReference";
    public static final String EXPIRED_HOLDS = "Appointment.expiredHolds";
    public static final String OF_ADVISER_BETWEEN = "Appointment.ofAdviserBetween";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id")
    private AppointmentSlot slot;
    @Column(name = "active_slot_id")
    private Long activeSlotId;
    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;
    @Column(name = "resident_name")
    private String residentName;
    @Column(name = "resident_phone")
    private String residentPhone;
    @Column(name = "resident_email")
    private String residentEmail;
    @Column(name = "language")
    private String language;
    @Column(name = "manage_token_hash")
    private String manageTokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "hold_until")
    private Instant holdUntil;
    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;
    @Enumerated(EnumType.STRING)
    private Attendance attendance;
    private String note;
    @Column(name = "requested_language")
    private String requestedLanguage;
    /** When the retention job erased the resident's name, phone, e-mail and note; the row stays countable. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Appointment() {
    }

    private Appointment(AppointmentSlot slot, Resident resident, Language language, ManageToken token, Instant now,
                        AppointmentStatus status, Instant holdUntil) {
        this.reference = References.next("H");
        this.slot = slot;
        this.activeSlotId = slot.id();
        this.status = status;
        this.holdUntil = holdUntil;
        this.residentName = resident.name();
        this.residentPhone = resident.phone().e164();
        this.residentEmail = resident.email().orElse(null);
        this.language = language.tag();
        this.manageTokenHash = token.hash();
        this.createdAt = now;
    }

    /** Books a slot that has not started. Whether it is still free is the slot's conditional update's to decide. */
    public static Appointment book(AppointmentSlot slot, Resident resident, Language language, ManageToken token,
                                   Instant now) {
        requireFuture(slot, now);
        return new Appointment(slot, resident, language, token, now, AppointmentStatus.BOOKED, null);
    }

    /**
     * Books for a resident who came in or phoned, without an SMS code: the member of staff records that the
     * resident agreed orally to the booking and to being reminded.
     */
    public static Appointment bookAssisted(AppointmentSlot slot, Resident resident, Language language,
                                           ManageToken token, Instant now, String staff) {
        requireFuture(slot, now);
        var appointment = new Appointment(slot, resident, language, token, now, AppointmentStatus.BOOKED, null);
        appointment.consentRecordedBy = staff;
        return appointment;
    }

    /** The resident's own short note for the adviser, at most {@value #NOTE_MAX} characters. */
    public void note(String text) {
        if (text != null && text.codePointCount(0, text.length()) > NOTE_MAX) {
            throw Refusal.invalid("note", "field.note.long", NOTE_MAX);
        }
        this.note = text;
    }

    /**
     * Everything this appointment would refuse if made on the slot with the note and requested language, at once,
     * so the resident learns every problem in one answer: a slot that has begun, a requested language that is no
     * language or that the slot's adviser does not speak, a note too long. {@code slot} may be null (unknown).
     */
    public static List<FieldProblem> problems(AppointmentSlot slot, String note, String requestedLanguage,
                                              Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (slot != null && slot.startedBy(now)) {
            problems.add(new FieldProblem("slotId", "field.slot.past"));
        }
        if (requestedLanguage != null && !requestedLanguage.isBlank()) {
            var spoken = SpokenLanguage.of(requestedLanguage);
            if (spoken.isEmpty()) {
                problems.add(new FieldProblem("requestedLanguage", "field.requested-language.invalid"));
            } else if (slot != null && !slot.adviser().speaks(spoken.get())) {
                problems.add(new FieldProblem("requestedLanguage", "field.requested-language.not-spoken"));
            }
        }
        if (note != null && !note.isBlank() && note.strip().codePointCount(0, note.strip().length()) > NOTE_MAX) {
            problems.add(new FieldProblem("note", "field.note.long", NOTE_MAX));
        }
        return problems;
    }

    /** The adviser records whether the resident came; only once the appointment has begun. */
    public void recordAttendance(Attendance what, Instant now) {
        if (status != AppointmentStatus.BOOKED) {
            throw Refusal.conflict("appointment.not-booked");
        }
        if (!slot.startedBy(now)) {
            throw Refusal.conflict("appointment.not-started");
        }
        attendance = what;
    }

    /** Holds a slot that has not started until {@code until}, waiting for the resident to verify their phone. */
    public static Appointment hold(AppointmentSlot slot, Resident resident, Language language, ManageToken token,
                                   Instant now, Instant until) {
        requireFuture(slot, now);
        return new Appointment(slot, resident, language, token, now, AppointmentStatus.HELD, until);
    }

    /** The phone is verified: a held appointment becomes booked, if the hold has not run out. */
    public void confirm(Instant now) {
        requireConfirmable(now);
        status = AppointmentStatus.BOOKED;
        holdUntil = null;
    }

    /**
     * Refused unless this is a hold still running for an appointment still to come: checked before the code is, so
     * a late code is told "too late", not checked (and not spent).
     */
    public void requireConfirmable(Instant now) {
        if (status == AppointmentStatus.BOOKED) {
            throw Refusal.conflict("appointment.already-confirmed");
        }
        if (status != AppointmentStatus.HELD || !now.isBefore(holdUntil)) {
            throw Refusal.conflict("appointment.hold-expired");
        }
        requireFuture(slot, now);
    }

    /** A hold that ran out lets its slot go. */
    public void expire(Instant now) {
        if (status != AppointmentStatus.HELD || now.isBefore(holdUntil)) {
            throw new IllegalStateException(reference + " is not a hold that ran out");
        }
        status = AppointmentStatus.EXPIRED;
        activeSlotId = null;
    }

    /** Cancels up to {@code cutoff} before the start; frees the slot. A hold can always be let go. */
    public void cancel(Instant now, Duration cutoff) {
        if (!status.holdsSlot()) {
            throw Refusal.conflict("appointment.already-cancelled");
        }
        if (slot.startedBy(now)) {
            throw Refusal.conflict("appointment.already-started");
        }
        if (status == AppointmentStatus.BOOKED && slot.startedBy(now.plus(cutoff))) {
            throw Refusal.conflict("appointment.past-cutoff", cutoff.toMinutes());
        }
        status = AppointmentStatus.CANCELLED;
        activeSlotId = null;
        cancelledAt = now;
    }

    /**
     * Erases the resident's name, phone, e-mail and note at their request; the rest stays countable. One still to
     * come is cancelled first, whatever the cut-off: answers whether its slot is to be freed (by the caller).
     */
    public boolean erase(Instant now) {
        boolean frees = status.holdsSlot() && !slot.startedBy(now);
        if (frees) {
            status = AppointmentStatus.CANCELLED;
            activeSlotId = null;
            cancelledAt = now;
        }
        residentName = "";
        residentPhone = "";
        residentEmail = null;
        note = null;
        erasedAt = now;
        return frees;
    }

    /** The resident's details as corrected at their request. */
    public void correct(Resident resident) {
        residentName = resident.name();
        residentPhone = resident.phone().e164();
        residentEmail = resident.email().orElse(null);
    }

    /**
     * Moves a booked appointment to another slot (already taken for it by the caller's conditional update), up to
     * {@code cutoff} before the current start. Returns the slot it leaves, which the caller frees.
     */
    public AppointmentSlot moveTo(AppointmentSlot target, Instant now, Duration cutoff) {
        if (status != AppointmentStatus.BOOKED) {
            throw Refusal.conflict("appointment.not-booked");
        }
        if (slot.startedBy(now.plus(cutoff))) {
            throw Refusal.conflict("appointment.past-cutoff", cutoff.toMinutes());
        }
        if (target == slot || target.id() != null && target.id().equals(slot.id())) {
            throw Refusal.invalid("slotId", "field.slot.same");
        }
        requireFuture(target, now);
        AppointmentSlot left = slot;
        slot = target;
        activeSlotId = target.id();
        return left;
    }

    private static void requireFuture(AppointmentSlot slot, Instant now) {
        if (slot.startedBy(now)) {
            throw Refusal.invalid("slotId", "field.slot.past");
        }
    }


    /** A new link for the resident (the old one stops working): staff acted for them and the message carries it. */
    public void renew(ManageToken token) {
        manageTokenHash = token.hash();
    }

    /** What messages about this appointment are filed under, so they can be found and cancelled together. */
    public String topic() {
        return topicOf(reference);
    }

    /** The topic of the appointment with this reference: its messages' and its access log entries'. */
    public static String topicOf(String reference) {
        return "appointment:" + reference;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public AppointmentSlot slot() {
        return slot;
    }

    public AppointmentStatus status() {
        return status;
    }

    /** Whether the retention job erased the resident's personal data from it. */
    public boolean erased() {
        return erasedAt != null;
    }

    public String residentName() {
        return residentName;
    }

    public String residentPhone() {
        return residentPhone;
    }

    public Optional<String> residentEmail() {
        return Optional.ofNullable(residentEmail);
    }

    public String consentRecordedBy() {
        return consentRecordedBy;
    }

    public Attendance attendance() {
        return attendance;
    }

    public String note() {
        return note;
    }

    public Instant holdUntil() {
        return holdUntil;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DA);
    }

    /** The language the resident wants to speak at the meeting; the slot's adviser must speak it. */
    public void requestLanguage(SpokenLanguage spoken) {
        if (!slot.adviser().speaks(spoken)) {
            throw Refusal.invalid("requestedLanguage", "field.requested-language.not-spoken");
        }
        requestedLanguage = spoken.code();
    }

    public Optional<SpokenLanguage> requestedLanguage() {
        return Optional.ofNullable(requestedLanguage).map(SpokenLanguage::new);
    }
}
