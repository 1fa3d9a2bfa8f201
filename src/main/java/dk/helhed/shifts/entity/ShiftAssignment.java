package dk.helhed.shifts.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Person;
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

/**
 * A person holding one place on a shift. Live while TAKEN; {@code activePersonId} equals the person's id only then,
 * so the unique constraint on (shift, active person) lets nobody hold two places on one shift.
 */
@Entity
@Table(name = "shift_assignment")
@NamedQuery(name = ShiftAssignment.BY_ID, query = "select a from ShiftAssignment a where a.id = :id")
@NamedQuery(name = ShiftAssignment.OVERLAPPING, query = """
        select a from ShiftAssignment a join fetch a.shift s where a.person.id = :person
        and a.status = dk.helhed.shifts.entity.AssignmentStatus.TAKEN
        and s.status = dk.helhed.shifts.entity.ShiftStatus.OPEN and s.startsAt < :end and s.endsAt > :start""")
@NamedQuery(name = ShiftAssignment.OF_SHIFT, query = """
        select a from ShiftAssignment a join fetch a.person where a.shift.id = :shift
        and a.status = dk.helhed.shifts.entity.AssignmentStatus.TAKEN order by a.id""")
@NamedQuery(name = ShiftAssignment.OF_PERSON, query = """
        select a from ShiftAssignment a join fetch a.shift s join fetch s.place where a.person.id = :person
        and a.status = dk.helhed.shifts.entity.AssignmentStatus.TAKEN and s.endsAt > :from and s.startsAt < :to
        order by s.startsAt, s.id""")
@NamedQuery(name = ShiftAssignment.WITH_IDS, query = """
        select a from ShiftAssignment a join fetch a.shift s join fetch s.place join fetch a.person
        where a.id in :ids order by s.startsAt, s.id""")
public class ShiftAssignment {
    public static final String BY_ID = "ShiftAssignment.byId";
    public static final String WITH_IDS = "ShiftAssignment.withIds";
    public static final String OVERLAPPING = "ShiftAssignment.overlapping";
    public static final String OF_SHIFT = "ShiftAssignment.ofShift";
    public static final String OF_PERSON = "ShiftAssignment.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    private Shift shift;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;
    @Column(name = "active_person_id")
    private Long activePersonId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected ShiftAssignment() {
    }

    public ShiftAssignment(Shift shift, Person person, Instant now) {
        this.shift = shift;
        this.person = person;
        this.status = AssignmentStatus.TAKEN;
        this.activePersonId = person.id();
        this.createdAt = now;
    }

    /**
     * The person gives the place up themselves: only while the shift has not begun and at least {@code cutoff}
     * before it starts; later, they must ask the coordinator (who may {@link #release} it).
     */
    public void giveUp(Instant now, Duration cutoff) {
        requireTaken();
        if (now.plus(cutoff).isAfter(shift.startsAt())) {
            throw Refusal.conflict("shift.too-late-to-cancel", cutoff.toHours());
        }
        release(now);
    }

    /** Released by a coordinator, by a cancelled shift or by a swap. */
    public void release(Instant now) {
        requireTaken();
        status = AssignmentStatus.RELEASED;
        activePersonId = null;
        releasedAt = now;
    }

    public void requireTaken() {
        if (status != AssignmentStatus.TAKEN) {
            throw Refusal.conflict("shift.not-yours");
        }
    }

    public boolean belongsTo(Person someone) {
        return person.id().equals(someone.id());
    }

    public Long id() {
        return id;
    }

    public Shift shift() {
        return shift;
    }

    public Person person() {
        return person;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
