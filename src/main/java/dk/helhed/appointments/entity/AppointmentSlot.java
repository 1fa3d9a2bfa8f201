package dk.helhed.appointments.entity;

import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One bookable time with one adviser at one place. Whether it is taken changes only through a conditional update
 * ({@code taken = false -> true}), never check-then-write, so two nodes cannot both hand it out. A slot on a closed
 * day or in its adviser's absence is {@code withdrawn}: neither offered nor bookable, but kept with any appointment
 * it has (see {@code SlotGeneration}).
 */
@Entity
@Table(name = "appointment_slot")
// the free slots as rows (id, start, end, place code, place name, adviser id), not entities: a month at a busy place
// lists thousands, and building and registering an entity for each cost more than the query itself (BENCHMARKS.md, d)
@NamedQuery(name = AppointmentSlot.FREE_BETWEEN, query = """
        select s.id, s.startsAt, s.endsAt, p.code, p.name, a.id, p.address from AppointmentSlot s join s.place p
        join s.adviser a where s.taken = false and s.withdrawn = false and s.startsAt >= :from and s.startsAt < :to
        order by s.startsAt, p.name, s.id""")
@NamedQuery(name = AppointmentSlot.FREE_BETWEEN_AT, query = """
        select s.id, s.startsAt, s.endsAt, p.code, p.name, a.id, p.address from AppointmentSlot s join s.place p
        join s.adviser a where s.taken = false and s.withdrawn = false and s.startsAt >= :from and s.startsAt < :to
          and p.code = :place
        order by s.startsAt, s.id""")
@NamedQuery(name = AppointmentSlot.PLACES_WITH_FREE, query = """
        select p from Place p where exists (select s.id from AppointmentSlot s where s.place = p
        and s.taken = false and s.withdrawn = false and s.startsAt >= :from and s.startsAt < :to)""")
@NamedQuery(name = AppointmentSlot.STARTS_OF_ADVISER, query = """
        select s.startsAt, s.endsAt from AppointmentSlot s
        where s.adviser = :adviser and s.startsAt < :to and s.endsAt > :from""")
@NamedQuery(name = AppointmentSlot.GENERATED_BETWEEN, query = """
        select s from AppointmentSlot s
        where s.startsAt > :from and s.startsAt < :to
          and s.adviser in (select a.adviser from Availability a)""")
@NamedQuery(name = AppointmentSlot.TAKE, query = """
        update AppointmentSlot s set s.taken = true where s.id = :id and s.taken = false and s.withdrawn = false""")
@NamedQuery(name = AppointmentSlot.RELEASE, query = "update AppointmentSlot s set s.taken = false where s.id = :id")
@NamedQuery(name = AppointmentSlot.WITHDRAW, query = "update AppointmentSlot s set s.withdrawn = :withdrawn where s.id in :ids")
public class AppointmentSlot {
    public static final String FREE_BETWEEN = "AppointmentSlot.freeBetween";
    public static final String FREE_BETWEEN_AT = "AppointmentSlot.freeBetweenAt";
    public static final String PLACES_WITH_FREE = "AppointmentSlot.placesWithFree";
    public static final String STARTS_OF_ADVISER = "AppointmentSlot.startsOfAdviser";
    public static final String GENERATED_BETWEEN = "AppointmentSlot.generatedBetween";
    public static final String TAKE = "AppointmentSlot.take";
    public static final String RELEASE = "AppointmentSlot.release";
    public static final String WITHDRAW = "AppointmentSlot.withdraw";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private Adviser adviser;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private boolean taken;
    private boolean withdrawn;

    protected AppointmentSlot() {
    }

    public AppointmentSlot(Adviser adviser, Place place, TimeWindow window) {
        this.adviser = adviser;
        this.place = place;
        this.startsAt = window.start();
        this.endsAt = window.end();
    }

    public Long id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public Adviser adviser() {
        return adviser;
    }

    public TimeWindow window() {
        return new TimeWindow(startsAt, endsAt);
    }

    public boolean taken() {
        return taken;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public boolean startedBy(Instant now) {
        return !startsAt.isAfter(now);
    }
}
