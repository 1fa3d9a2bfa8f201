package dk.helhed.homework.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.plan.entity.Place;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A homework-help series: at one place, on some weekdays, from a local time to another, through a term, needing
 * tutors and offering seats. Made once from a checked {@link SessionPlan}; its sessions are made with it.
 */
@Entity
@Table(name = "homework_series")
@NamedQuery(name = HomeworkSeries.ALL, query = """
        select s from HomeworkSeries s join fetch s.place order by s.termFirst, s.id""")
public class HomeworkSeries {
    public static final String ALL = "HomeworkSeries.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    private String title;
    private String rrule;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    @Column(name = "term_first")
    private LocalDate termFirst;
    @Column(name = "term_last")
    private LocalDate termLast;
    @Embedded
    private TutorNeeds tutors;
    @Column(name = "child_seats")
    private int childSeats;
    @Column(name = "created_at")
    private Instant createdAt;

    protected HomeworkSeries() {
    }

    public HomeworkSeries(Place place, SessionPlan plan, Instant now) {
        this.place = place;
        this.title = plan.title();
        this.rrule = plan.rrule();
        this.startTime = plan.start();
        this.endTime = plan.end();
        this.termFirst = plan.termFirst();
        this.termLast = plan.termLast();
        this.tutors = plan.tutors();
        this.childSeats = plan.childSeats();
        this.createdAt = now;
    }

    /**
     * Ends the series early: its last day becomes this one (within its term; the sessions after it are cancelled by
     * the caller). A later day is refused: a longer term is a new series.
     */
    public void endAfter(LocalDate lastDay) {
        if (lastDay.isBefore(termFirst)) {
            throw Refusal.invalid("lastDay", "field.homework.last-day.before-term", termFirst);
        }
        if (!lastDay.isBefore(termLast)) {
            throw Refusal.invalid("lastDay", "field.homework.last-day.not-earlier", termLast);
        }
        termLast = lastDay;
    }

    /** From now on, each session needs these tutors and has this many children's seats (the caller applies them). */
    public void staff(TutorNeeds tutors, int childSeats) {
        this.tutors = tutors;
        this.childSeats = childSeats;
    }

    /** What its shifts are filed under, so "every Tuesday this term" can be booked by it. */
    public String shiftSeriesKey() {
        return "homework:" + id;
    }

    public Long id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public String title() {
        return title;
    }

    public String rrule() {
        return rrule;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public LocalDate termFirst() {
        return termFirst;
    }

    public LocalDate termLast() {
        return termLast;
    }

    public TutorNeeds tutors() {
        return tutors;
    }

    public int childSeats() {
        return childSeats;
    }
}
