package dk.helhed.events.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Contact;
import dk.helhed.people.entity.Resident;
import dk.helhed.verification.entity.ManageToken;
import dk.helhed.verification.entity.References;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import java.time.Instant;

/**
 * A resident's sign-up for one event.
 * <p>
 * Lifecycle: made {@link #withPlace with a place} (HELD) or {@link #inLine in line} (WAITLISTED), and either way
 * waiting for the SMS code until {@code holdUntil}; {@link #verify verified} it is CONFIRMED or waits verified in
 * line; not verified in time it {@link #expire expires}. In line, it may be {@link #offer offered} a place, which
 * it {@link #accept accepts}, {@link #decline declines} or lets {@link #lapse lapse}. While live, {@code activePhone}
 * and {@code activeName} hold the phone and the name (as {@link #nameKey} writes it), and a unique constraint allows
 * one live sign-up per event, phone and name: a parent may sign two children up with their one phone, but nobody
 * is signed up twice. The resident reaches it by
 * the manage token from the sign-up or the offer token from the offer's link; only their hashes are stored.
 */
@Entity
@Table(name = "event_signup")
@NamedQuery(name = Signup.ERASE_ENDED, query = """
        update Signup s set s.contact.name = '', s.contact.phone = '', s.contact.email = null, s.activePhone = null,
        s.activeName = null, s.erasedAt = :now where s.erasedAt is null
        and s.event.id in (select e.id from Event e where e.endsAt < :before and e.listed = :listed)""")
@NamedQuery(name = Signup.ERASE_UNVERIFIED, query = """
        update Signup s set s.contact.name = '', s.contact.phone = '', s.contact.email = null, s.activePhone = null,
        s.activeName = null, s.erasedAt = :now where s.erasedAt is null and s.verifiedAt is null
        and (s.status = :expired or s.status = :cancelled) and s.holdUntil < :before""")
@NamedQuery(name = Signup.IDS_BY_TOKEN_HASH, query = """
        select s.id, s.event.id from Signup s where s.manageTokenHash = :hash or s.offerTokenHash = :hash""")
@NamedQuery(name = Signup.ABOUT, query = """
        select s from Signup s join fetch s.event e join fetch e.place where s.erasedAt is null
        and (s.contact.phone = :phone or lower(s.contact.email) = :email) order by e.startsAt, s.id""")
@NamedQuery(name = Signup.BY_ID, query = "select s from Signup s where s.id = :id")
@NamedQuery(name = Signup.OF_EVENT, query = """
        select s from Signup s where s.event.id = :event and s.status in :statuses order by s.id""")
@NamedQuery(name = Signup.PLACE_IN_LINE, query = """
        select count(s) from Signup s where s.event.id = :event
        and s.status = dk.helhed.events.entity.SignupStatus.WAITLISTED and s.id <= :id""")
@NamedQuery(name = Signup.LIVE_WITH_PHONE, query = """
        select count(s) from Signup s where s.event.id = :event and s.activePhone = :phone
        and s.activeName = :name""")
@NamedQuery(name = Signup.DUE_HOLDS, query = """
        select s.id from Signup s where s.status in :statuses and s.verifiedAt is null and s.holdUntil <= :now""")
@NamedQuery(name = Signup.DUE_OFFERS, query = """
        select s.id from Signup s where s.status = dk.helhed.events.entity.SignupStatus.OFFERED
        and s.offerUntil <= :now""")
@NamedQuery(name = Signup.WAITLIST_LENGTHS, query = """
        select s.event.id, count(s) from Signup s where s.status = dk.helhed.events.entity.SignupStatus.WAITLISTED
        and s.event.id in :events group by s.event.id""")
public class Signup {
    public static final String ABOUT = "Signup.about";
    public static final String ERASE_ENDED = "Signup.eraseEnded";
    public static final String ERASE_UNVERIFIED = "Signup.eraseUnverified";
    public static final String IDS_BY_TOKEN_HASH = "Signup.idsByTokenHash";
    public static final String BY_ID = "Signup.byId";
    public static final String OF_EVENT = "Signup.ofEvent";
    public static final String LIVE_WITH_PHONE = "Signup.liveWithPhone";
    public static final String PLACE_IN_LINE = "Signup.placeInLine";
    public static final String DUE_HOLDS = "Signup.dueHolds";
    public static final String DUE_OFFERS = "Signup.dueOffers";
    public static final String WAITLIST_LENGTHS = "Signup.waitlistLengths";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @Enumerated(EnumType.STRING)
    private SignupStatus status;
    @Embedded
    private Contact contact;
    @Column(name = "active_phone")
    private String activePhone;
    @Column(name = "active_name")
    private String activeName;
    @Column(name = "manage_token_hash")
    private String manageTokenHash;
    @Column(name = "offer_token_hash")
    private String offerTokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "hold_until")
    private Instant holdUntil;
    @Column(name = "offer_until")
    private Instant offerUntil;
    @Column(name = "ended_at")
    private Instant endedAt;
    /** When the retention job erased the name, phone and e-mail; the row stays countable. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Signup() {
    }

    private Signup(Event event, String reference, Resident resident, Language language, ManageToken token,
                   Instant now, Instant holdUntil, SignupStatus status) {
        event.requireOpenForSignup(now);
        this.reference = reference;
        this.event = event;
        this.status = status;
        this.contact = new Contact(resident, language);
        this.activePhone = contact.phone();
        this.activeName = nameKey(contact.name());
        this.manageTokenHash = token.hash();
        this.createdAt = now;
        this.holdUntil = holdUntil;
    }

    /** A sign-up whose place the caller has just taken (by the event's conditional update), waiting for the code. */
    public static Signup withPlace(Event event, String reference, Resident resident, Language language,
                                   ManageToken token, Instant now, Instant holdUntil) {
        return new Signup(event, reference, resident, language, token, now, holdUntil, SignupStatus.HELD);
    }

    /** A sign-up for a full event: in line, in arrival order, waiting for the code. */
    public static Signup inLine(Event event, String reference, Resident resident, Language language,
                                ManageToken token, Instant now, Instant holdUntil) {
        return new Signup(event, reference, resident, language, token, now, holdUntil, SignupStatus.WAITLISTED);
    }

    /** Refuses, saying why, unless the sign-up is waiting for its SMS code and the hold has not run out. */
    public void requireAwaitingCode(Instant now) {
        if (status == SignupStatus.EXPIRED || awaitingCode() && !now.isBefore(holdUntil)) {
            throw Refusal.conflict("signup.hold-expired");
        }
        if (!status.live()) {
            throw Refusal.conflict("signup.ended");
        }
        if (verifiedAt != null) {
            throw Refusal.conflict("verification.done");
        }
    }

    /** The right code arrived: a held place is confirmed; a place in line is kept, now verified. */
    public void verify(Instant now) {
        requireAwaitingCode(now);
        verifiedAt = now;
        holdUntil = null;
        if (status == SignupStatus.HELD) {
            status = SignupStatus.CONFIRMED;
        }
    }

    /** A verified sign-up in line gets a free place directly (the caller has taken it). */
    public void confirmFromLine() {
        requireVerifiedInLine();
        status = SignupStatus.CONFIRMED;
    }

    /** A place someone gave up is reserved for this sign-up until {@code until}; the link carries {@code token}. */
    public void offer(ManageToken token, Instant now, Instant until) {
        requireVerifiedInLine();
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("an offer must run for some time: " + until);
        }
        status = SignupStatus.OFFERED;
        offerTokenHash = token.hash();
        offerUntil = until;
    }

    public void accept(Instant now) {
        if (status != SignupStatus.OFFERED) {
            throw Refusal.conflict("signup.no-offer");
        }
        if (!now.isBefore(offerUntil)) {
            throw Refusal.conflict("signup.offer-expired");
        }
        status = SignupStatus.CONFIRMED;
    }

    public void decline(Instant now) {
        if (status != SignupStatus.OFFERED) {
            throw Refusal.conflict("signup.no-offer");
        }
        end(SignupStatus.DECLINED, now);
    }

    /** The offer ran out unanswered; the place goes on to the next in line. */
    public void lapse(Instant now) {
        if (status != SignupStatus.OFFERED || now.isBefore(offerUntil)) {
            throw new IllegalStateException(reference + " has no offer that ran out");
        }
        end(SignupStatus.LAPSED, now);
    }

    /** The code never came: the sign-up lets go of its place or its turn. */
    public void expire(Instant now) {
        if (!awaitingCode() || now.isBefore(holdUntil)) {
            throw new IllegalStateException(reference + " is not a hold that ran out");
        }
        end(SignupStatus.EXPIRED, now);
    }

    /** The resident leaves, up to the start. */
    public void cancel(Instant now) {
        if (!status.live()) {
            throw Refusal.conflict("signup.ended");
        }
        if (event.startedBy(now)) {
            throw Refusal.conflict("event.started");
        }
        end(SignupStatus.CANCELLED, now);
    }

    /**
     * Erases the name (a child's, for a homework seat), phone and e-mail at the person's request; the rest stays
     * countable. A sign-up still to come ends first: answers whether it held a place (the caller gives it on).
     */
    public boolean erase(Instant now) {
        boolean hadPlace = status.holdsPlace() && !event.startedBy(now);
        if (status.live() && !event.startedBy(now)) {
            end(SignupStatus.CANCELLED, now);
        }
        contact = Contact.erased(contact);
        activePhone = null;
        activeName = null;
        erasedAt = now;
        return hadPlace;
    }

    /** The details as corrected at the person's request (the language stays). */
    public void correct(Resident resident) {
        contact = new Contact(resident, contact.language());
        if (activePhone != null) {
            activePhone = contact.phone();
            activeName = nameKey(contact.name());
        }
    }

    /** The whole event is cancelled. */
    public void eventCancelled(Instant now) {
        if (status.live()) {
            end(SignupStatus.CANCELLED, now);
        }
    }

    private void requireVerifiedInLine() {
        if (status != SignupStatus.WAITLISTED || verifiedAt == null) {
            throw new IllegalStateException(reference + " is not verified and in line");
        }
    }

    private void end(SignupStatus ended, Instant now) {
        status = ended;
        activePhone = null;
        activeName = null;
        endedAt = now;
    }

    /** A name as the one-per-person rule compares it: without case or the spaces around and between words. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Waiting for the SMS code (HELD, or in line and not yet verified). */
    public boolean awaitingCode() {
        return status.live() && status != SignupStatus.OFFERED && verifiedAt == null;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    /** What messages and the SMS code of this sign-up are filed under. */
    public String topic() {
        return topicOf(reference);
    }

    /** A new sign-up's reference (made before the sign-up, so that its code can be sent first). */
    public static String newReference() {
        return References.next("T");
    }

    /** The verification topic of the sign-up with this reference. */
    public static String topicOf(String reference) {
        return "signup:" + reference;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Event event() {
        return event;
    }

    /** Whether the retention job erased the participant's personal data from it. */
    public boolean erased() {
        return erasedAt != null;
    }

    public SignupStatus status() {
        return status;
    }

    public Contact contact() {
        return contact;
    }

    public Instant holdUntil() {
        return holdUntil;
    }

    public Instant offerUntil() {
        return status == SignupStatus.OFFERED ? offerUntil : null;
    }
}
