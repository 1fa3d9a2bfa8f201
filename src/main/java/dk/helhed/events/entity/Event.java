package dk.helhed.events.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.plan.entity.Place;
import jakarta.persistence.AttributeOverride;
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
 * A workshop, café, course meeting or other event with a number of places at one place and time.
 * <p>
 * Homework-help sessions' seats are events too, made {@link #seats unlisted}: they are shown on their own page, not
 * among the upcoming events.
 * <p>
 * Lifecycle: created OPEN (one row per occurrence of a weekly series, grouped by {@code seriesId}); residents sign
 * up until the deadline; a coordinator may {@link #cancel} it before it starts. {@code booked} counts the places
 * held, confirmed or offered. It never changes through this object (the column is not updatable here) but only
 * through the conditional updates {@link #TAKE} ({@code booked < capacity}) and {@link #GIVE_BACK}, so that
 * parallel sign-ups on any number of nodes never overbook.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.UPCOMING, query = """
        select e from Event e join fetch e.place where e.status = dk.helhed.events.entity.EventStatus.OPEN
        and e.startsAt > :now and e.startsAt >= :from and e.startsAt < :to
        and e.listed = true order by e.startsAt, e.id""")
@NamedQuery(name = Event.UPCOMING_AT, query = """
        select e from Event e join fetch e.place where e.status = dk.helhed.events.entity.EventStatus.OPEN
        and e.startsAt > :now and e.startsAt >= :from and e.startsAt < :to and e.place.code = :place
        and e.listed = true order by e.startsAt, e.id""")
@NamedQuery(name = Event.BY_ID, query = "select e from Event e where e.id = :id")
@NamedQuery(name = Event.WITH_PLACE, query = "select e from Event e join fetch e.place where e.id = :id")
@NamedQuery(name = Event.TAKE, query = """
        update Event e set e.booked = e.booked + 1 where e.id = :id and e.booked < e.capacity
        and e.status = dk.helhed.events.entity.EventStatus.OPEN""")
@NamedQuery(name = Event.GIVE_BACK, query = """
        update Event e set e.booked = e.booked - 1 where e.id = :id and e.booked > 0""")
public class Event {
    public static final String UPCOMING = "Event.upcoming";
    public static final String UPCOMING_AT = "Event.upcomingAt";
    public static final String BY_ID = "Event.byId";
    public static final String WITH_PLACE = "Event.withPlace";
    public static final String TAKE = "Event.take";
    public static final String GIVE_BACK = "Event.giveBack";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "series_id")
    private String seriesId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    @Embedded
    @AttributeOverride(name = "da", column = @Column(name = "title_da"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    private Localized title;
    @Embedded
    @AttributeOverride(name = "da", column = @Column(name = "description_da"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    private Localized description;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "signup_deadline")
    private Instant signupDeadline;
    private int capacity;
    private boolean listed = true;
    @Column(name = "booked", updatable = false)
    private int booked;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Event() {
    }

    /** One occurrence, as checked by {@link EventPlan}. */
    public Event(Place place, Localized title, Localized description, EventPlan.Occurrence when, int capacity,
                 String seriesId, Instant now) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an event has at least one place: " + capacity);
        }
        describe(place, title, description, when, capacity);
        this.seriesId = seriesId;
        this.status = EventStatus.OPEN;
        this.createdAt = now;
    }

    /** Refuses a new sign-up, saying why, unless the event is open, has not started and the deadline has not passed. */
    public void requireOpenForSignup(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw Refusal.conflict("event.cancelled");
        }
        if (startedBy(now)) {
            throw Refusal.conflict("event.started");
        }
        if (!now.isBefore(signupDeadline)) {
            throw Refusal.conflict("event.signup-closed");
        }
    }

    /** Whether a place given up can still go to the next in line: only while the event is open and not begun. */
    public boolean passesPlacesOn(Instant now) {
        return status == EventStatus.OPEN && !startedBy(now);
    }

    public void cancel(Instant now) {
        requireChangeable(now);
        status = EventStatus.CANCELLED;
        cancelledAt = now;
    }

    /**
     * Moved to another time, guarded as {@link #cancel}: only while open and not begun. The sign-up deadline keeps
     * its distance before the start; the caller tells the people signed up.
     */
    public void moveTo(Instant newStart, Instant newEnd, Instant now) {
        requireChangeable(now);
        if (!newEnd.isAfter(newStart)) {
            throw new IllegalArgumentException("an event ends after it starts: " + newStart + " " + newEnd);
        }
        var deadlineBefore = java.time.Duration.between(signupDeadline, startsAt);
        startsAt = newStart;
        endsAt = newEnd;
        signupDeadline = newStart.minus(deadlineBefore);
    }

    /**
     * Changed by its coordinator before it begins: place, wording, time, sign-up deadline and places. Never fewer
     * places than are held now ({@code booked}, as read under the caller's lock); the caller tells the people signed
     * up and offers new places to those in line.
     */
    public void change(Place place, Localized title, Localized description, EventPlan.Occurrence when, int capacity,
                       Instant now) {
        requireChangeable(now);
        if (capacity < booked) {
            throw Refusal.invalid("capacity", "field.event.capacity.below-booked", booked);
        }
        describe(place, title, description, when, capacity);
    }

    /** Another number of places before it begins, never fewer than are held now (refused on {@code field}). */
    public void reseat(int places, Instant now, String field) {
        requireChangeable(now);
        if (places < booked) {
            throw Refusal.invalid(field, "field.event.capacity.below-booked", booked);
        }
        capacity = places;
    }

    private void describe(Place place, Localized title, Localized description, EventPlan.Occurrence when,
                          int capacity) {
        this.place = place;
        this.title = title;
        this.description = description;
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.signupDeadline = when.signupDeadline();
        this.capacity = capacity;
    }

    /** Refuses, saying why, unless the event is open and has not begun: only then is it changed or cancelled. */
    private void requireChangeable(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw Refusal.conflict("event.cancelled");
        }
        if (startedBy(now)) {
            throw Refusal.conflict("event.started");
        }
    }

    /** Messages to the people signed up make sense until the event ends, unless it was cancelled. */
    public void requireNotOver(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw Refusal.conflict("event.cancelled");
        }
        if (!endsAt.isAfter(now)) {
            throw Refusal.conflict("event.over");
        }
    }

    /**
     * A homework-help session's seats: not listed among the events, and the one signing up is a parent, for a
     * child.
     */
    public static Event seats(Place place, Localized title, Localized description, EventPlan.Occurrence when,
                              int capacity, String seriesId, Instant now) {
        var event = new Event(place, title, description, when, capacity, seriesId, now);
        event.listed = false;
        return event;
    }

    public boolean isHomeworkSeat() {
        return !listed;
    }

    public boolean startedBy(Instant now) {
        return !startsAt.isAfter(now);
    }

    public boolean signupOpen(Instant now) {
        return status == EventStatus.OPEN && now.isBefore(signupDeadline) && !startedBy(now);
    }

    /** Places neither held, confirmed nor offered, as last read from the database. */
    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }

    public Long id() {
        return id;
    }

    public String seriesId() {
        return seriesId;
    }

    public Place place() {
        return place;
    }

    public Localized title() {
        return title;
    }

    public Localized description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant signupDeadline() {
        return signupDeadline;
    }

    public int capacity() {
        return capacity;
    }

    public EventStatus status() {
        return status;
    }
}
