package dk.helhed.appointments.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * A resident's economic-advice appointment in one slot.
 * <p>
 * Lifecycle: {@link #book booked} into a free slot that has not started (the slot itself is taken by a conditional
 * update beside this), then possibly {@link #cancel cancelled} before it starts, which frees the slot. While booked,
 * {@code activeSlotId} equals the slot's id and a unique constraint on it allows one live appointment per slot.
 * The resident reaches it by its reference (spoken on the phone) or by a manage token (in links).
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.BY_TOKEN_HASH, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place where a.manageTokenHash = :hash""")
@NamedQuery(name = Appointment.BY_REFERENCE, query = """
        select a from Appointment a join fetch a.slot s join fetch s.place where a.reference = :reference""")
public class Appointment {
    public static final String BY_TOKEN_HASH = "Appointment.byTokenHash";
    public static final String BY_REFERENCE = "Appointment.byReference";
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

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
    @Column(name = "requested_language")
    private String requestedLanguage;

    protected Appointment() {
    }

    private Appointment(AppointmentSlot slot, Resident resident, Language language, ManageToken token, Instant now) {
        this.reference = newReference();
        this.slot = slot;
        this.activeSlotId = slot.id();
        this.status = AppointmentStatus.BOOKED;
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
        if (slot.startedBy(now)) {
            throw Refusal.invalid("slotId", "field.slot.past");
        }
        return new Appointment(slot, resident, language, token, now);
    }

    /** Cancels before the start; frees the slot. */
    public void cancel(Instant now) {
        if (!status.holdsSlot()) {
            throw Refusal.conflict("appointment.already-cancelled");
        }
        if (slot.startedBy(now)) {
            throw Refusal.conflict("appointment.already-started");
        }
        status = AppointmentStatus.CANCELLED;
        activeSlotId = null;
        cancelledAt = now;
    }

    private static String newReference() {
        StringBuilder sb = new StringBuilder("H-");
        for (int i = 0; i < 8; i++) {
            sb.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What messages about this appointment are filed under, so they can be found and cancelled together. */
    public String topic() {
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

    public String residentName() {
        return residentName;
    }

    public String residentPhone() {
        return residentPhone;
    }

    public Optional<String> residentEmail() {
        return Optional.ofNullable(residentEmail);
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
