package dk.helhed.homework.entity;

import dk.helhed.events.entity.Event;
import dk.helhed.i18n.Refusal;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * One homework-help session of a series. Lifecycle: SCHEDULED when the series is made, with its tutor shifts and
 * its event (the children's seats); a coordinator may {@link #moveTo move} it (it keeps its day in the rule, so
 * nothing makes it again) or {@link #cancel} it, both only before it starts.
 */
@Entity
@Table(name = "homework_session")
@NamedQuery(name = HomeworkSession.BY_ID, query = """
        select s from HomeworkSession s join fetch s.series join fetch s.event where s.id = :id""")
@NamedQuery(name = HomeworkSession.OF_SERIES, query = """
        select s from HomeworkSession s join fetch s.event where s.series.id = :series order by s.startsAt, s.id""")
@NamedQuery(name = HomeworkSession.UPCOMING, query = """
        select s from HomeworkSession s join fetch s.series r join fetch r.place join fetch s.event
        where s.status = dk.helhed.homework.entity.SessionStatus.SCHEDULED and s.startsAt > :now
        and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id""")
@NamedQuery(name = HomeworkSession.UPCOMING_AT, query = """
        select s from HomeworkSession s join fetch s.series r join fetch r.place join fetch s.event
        where s.status = dk.helhed.homework.entity.SessionStatus.SCHEDULED and s.startsAt > :now
        and s.startsAt >= :from and s.startsAt < :to and r.place.code = :place order by s.startsAt, s.id""")
public class HomeworkSession {
    public static final String BY_ID = "HomeworkSession.byId";
    public static final String OF_SERIES = "HomeworkSession.ofSeries";
    public static final String UPCOMING = "HomeworkSession.upcoming";
    public static final String UPCOMING_AT = "HomeworkSession.upcomingAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private HomeworkSeries series;
    @Column(name = "occurs_on")
    private LocalDate occursOn;
    @Column(name = "planned_start")
    private Instant plannedStart;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "moved_at")
    private Instant movedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected HomeworkSession() {
    }

    public HomeworkSession(HomeworkSeries series, SessionPlan.Occurrence occurrence, Event event, Instant now) {
        this.series = series;
        this.occursOn = occurrence.day();
        this.plannedStart = occurrence.start();
        this.startsAt = occurrence.start();
        this.endsAt = occurrence.end();
        this.event = event;
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = now;
    }

    public void cancel(Instant now) {
        requireChangeable(now);
        status = SessionStatus.CANCELLED;
        cancelledAt = now;
    }

    public void moveTo(SessionMove move, Instant now) {
        requireChangeable(now);
        startsAt = move.start();
        endsAt = move.end();
        movedAt = now;
    }

    private void requireChangeable(Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw Refusal.conflict("homework.session.cancelled");
        }
        if (!startsAt.isAfter(now)) {
            throw Refusal.conflict("homework.session.begun");
        }
    }

    public boolean moved() {
        return movedAt != null;
    }

    public Long id() {
        return id;
    }

    public HomeworkSeries series() {
        return series;
    }

    public LocalDate occursOn() {
        return occursOn;
    }

    /** The start the rule gave, which its shifts' natural keys keep when it moves. */
    public Instant plannedStart() {
        return plannedStart;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public SessionStatus status() {
        return status;
    }

    public Event event() {
        return event;
    }
}
