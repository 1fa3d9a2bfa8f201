package dk.helhed.shifts.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.entity.Place;
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
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time someone is needed at a place: one occurrence of a homework-help session (tutors, optionally for one
 * subject) or of a pavilion block (staff of one partner organisation), needing {@code needed} people.
 * <p>
 * {@code taken} never changes through this object (the column is not updatable here) but only through the
 * conditional updates {@link #TAKE} ({@code taken < needed}) and {@link #GIVE_BACK}, so parallel requests on any
 * number of nodes never fill a shift twice. Generators create shifts idempotently by their {@link #naturalKey}.
 */
@Entity
@Table(name = "shift")
@NamedQuery(name = Shift.BY_ID, query = "select s from Shift s where s.id = :id")
@NamedQuery(name = Shift.BY_NATURAL_KEY, query = "select s from Shift s where s.naturalKey = :key")
@NamedQuery(name = Shift.TAKE, query = """
        update Shift s set s.taken = s.taken + 1 where s.id = :id and s.taken < s.needed
        and s.status = dk.helhed.shifts.entity.ShiftStatus.OPEN""")
@NamedQuery(name = Shift.GIVE_BACK, query = "update Shift s set s.taken = s.taken - 1 where s.id = :id and s.taken > 0")
public class Shift {
    public static final String BY_ID = "Shift.byId";
    public static final String BY_NATURAL_KEY = "Shift.byNaturalKey";
    public static final String TAKE = "Shift.take";
    public static final String GIVE_BACK = "Shift.giveBack";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ShiftKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    @Column(name = "series_key")
    private String seriesKey;
    @Column(name = "natural_key")
    private String naturalKey;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    private Subject subject;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private int needed;
    @Column(name = "taken", updatable = false)
    private int taken;
    @Enumerated(EnumType.STRING)
    private ShiftStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Shift() {
    }

    private Shift(ShiftKind kind, Place place, String seriesKey, Organisation organisation, Subject subject,
                  Instant startsAt, Instant endsAt, int needed, Instant now) {
        if (needed < 1) {
            throw new IllegalArgumentException("a shift needs at least one person: " + needed);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a shift ends after it starts: " + startsAt + " " + endsAt);
        }
        this.kind = kind;
        this.place = Objects.requireNonNull(place);
        this.seriesKey = Objects.requireNonNull(seriesKey);
        this.organisation = organisation;
        this.subject = subject;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.needed = needed;
        this.status = ShiftStatus.OPEN;
        this.createdAt = now;
        this.naturalKey = naturalKey(seriesKey, startsAt, organisation == null ? null : organisation.code(), subject);
    }

    /** Tutors for one homework-help session; {@code subject} null for any subject. */
    public static Shift homework(Place place, String seriesKey, Subject subject, Instant startsAt, Instant endsAt,
                                 int tutors, Instant now) {
        return new Shift(ShiftKind.HOMEWORK, place, seriesKey, null, subject, startsAt, endsAt, tutors, now);
    }

    /** Staff of one organisation for one pavilion block. */
    public static Shift pavilion(Place place, String seriesKey, Organisation organisation, Instant startsAt,
                                 Instant endsAt, int staff, Instant now) {
        return new Shift(ShiftKind.PAVILION, place, seriesKey, Objects.requireNonNull(organisation), null, startsAt,
                endsAt, staff, now);
    }

    /** The key that makes a generated shift unique: series, original start, organisation and subject. */
    public static String naturalKey(String seriesKey, Instant startsAt, String organisationCode, Subject subject) {
        return seriesKey + "|" + startsAt + "|" + (organisationCode == null ? "" : organisationCode) + "|"
                + (subject == null ? "" : subject.name());
    }

    /** Refuses, saying why, unless this person may take a place on this shift now. */
    public void requireTakeableBy(Person person, Instant now) {
        requireOpen(now);
        if (organisation != null && (person.organisation() == null
                || !organisation.code().equals(person.organisation().code()))) {
            throw Refusal.forbidden("shift.other-organisation");
        }
    }

    /** Refuses unless the shift is open and has not begun. */
    public void requireOpen(Instant now) {
        if (status == ShiftStatus.CANCELLED) {
            throw Refusal.conflict("shift.cancelled");
        }
        if (!startsAt.isAfter(now)) {
            throw Refusal.conflict("shift.begun");
        }
    }

    /**
     * Whether the other shift is this one in another week: the same series, place and subject (or organisation), on
     * the same weekday at the same local time.
     */
    public boolean sameSlotEachWeek(Shift other, ZoneId zone) {
        var mine = startsAt.atZone(zone);
        var theirs = other.startsAt.atZone(zone);
        return seriesKey.equals(other.seriesKey) && kind == other.kind && subject == other.subject
                && place.code().equals(other.place.code())
                && Objects.equals(organisation == null ? null : organisation.code(),
                other.organisation == null ? null : other.organisation.code())
                && mine.getDayOfWeek() == theirs.getDayOfWeek() && mine.toLocalTime().equals(theirs.toLocalTime())
                && Duration.between(startsAt, endsAt).equals(Duration.between(other.startsAt, other.endsAt));
    }

    /** Whether this shift and the given time overlap (touching ends do not). */
    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && endsAt.isAfter(start);
    }

    /** Cancelled by a coordinator: its people are released by the caller and told. */
    public void cancel(Instant now) {
        if (status == ShiftStatus.CANCELLED) {
            throw Refusal.conflict("shift.cancelled");
        }
        if (!startsAt.isAfter(now)) {
            throw Refusal.conflict("shift.begun");
        }
        status = ShiftStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Moved to another time (its natural key keeps the original start, so a generator will not recreate it). */
    public void moveTo(Instant newStart, Instant newEnd, Instant now) {
        requireOpen(now);
        if (!newEnd.isAfter(newStart)) {
            throw Refusal.invalid("endsAt", "field.shift.end.before-start");
        }
        if (!newStart.isAfter(now)) {
            throw Refusal.invalid("startsAt", "field.shift.start.past");
        }
        startsAt = newStart;
        endsAt = newEnd;
    }

    /** Open again, for this many people, after it was withdrawn (nobody holds it): only while it has not begun. */
    public void reopen(int people, Instant now) {
        if (status != ShiftStatus.CANCELLED) {
            return;
        }
        if (!startsAt.isAfter(now)) {
            throw Refusal.conflict("shift.begun");
        }
        if (people < 1) {
            throw new IllegalArgumentException("a shift needs at least one person: " + people);
        }
        status = ShiftStatus.OPEN;
        cancelledAt = null;
        needed = people;
    }

    public boolean cancelled() {
        return status == ShiftStatus.CANCELLED;
    }

    /** Needs another number of people: not after it began, and not fewer than hold it now. */
    public void resize(int people, Instant now) {
        requireOpen(now);
        if (people < 1) {
            throw Refusal.invalid("needs", "field.pavilion.people");
        }
        if (people < taken) {
            throw Refusal.conflict("shift.resize.taken", taken);
        }
        needed = people;
    }

    /** People still missing, as last read from the database. */
    public int missing() {
        return Math.max(0, needed - taken);
    }

    public boolean isGap() {
        return status == ShiftStatus.OPEN && taken < needed;
    }

    public Long id() {
        return id;
    }

    public ShiftKind kind() {
        return kind;
    }

    public Place place() {
        return place;
    }

    public String seriesKey() {
        return seriesKey;
    }

    public String naturalKey() {
        return naturalKey;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Subject subject() {
        return subject;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int needed() {
        return needed;
    }

    public int taken() {
        return taken;
    }

    public ShiftStatus status() {
        return status;
    }
}
