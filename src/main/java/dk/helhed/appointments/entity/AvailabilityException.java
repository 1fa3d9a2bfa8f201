package dk.helhed.appointments.entity;

import dk.helhed.time.TimeWindow;
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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * An adviser away from their weekly hours: on holiday, ill, or otherwise, from one day to another (both included),
 * or between two wall-clock times. Slot generation makes no slot in it and takes the adviser's slots in it out of
 * the offer; booked ones keep their appointments.
 */
@Entity
@Table(name = "availability_exception")
@NamedQuery(name = AvailabilityException.OF_ADVISER_BETWEEN, query = """
        select e from AvailabilityException e
        where e.adviser = :adviser and e.untilDay >= :first and e.fromDay <= :last""")
public class AvailabilityException {
    public static final String OF_ADVISER_BETWEEN = "AvailabilityException.ofAdviserBetween";

    /** Why the adviser is away; the kind only, never details (an illness is nobody's business here). */
    public enum Reason { HOLIDAY, ILLNESS, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private Adviser adviser;
    @Column(name = "from_day")
    private LocalDate fromDay;
    @Column(name = "from_time")
    private LocalTime fromTime;
    @Column(name = "until_day")
    private LocalDate untilDay;
    @Column(name = "until_time")
    private LocalTime untilTime;
    @Enumerated(EnumType.STRING)
    private Reason reason;

    protected AvailabilityException() {
    }

    private AvailabilityException(Adviser adviser, LocalDate fromDay, LocalTime fromTime, LocalDate untilDay,
                                  LocalTime untilTime, Reason reason) {
        this.adviser = adviser;
        this.fromDay = fromDay;
        this.fromTime = fromTime;
        this.untilDay = untilDay;
        this.untilTime = untilTime;
        this.reason = reason;
    }

    /** Away from the start of {@code first} to the end of {@code last}. */
    public static AvailabilityException days(Adviser adviser, LocalDate first, LocalDate last, Reason reason) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("an absence ends on or after its first day: " + first + ".." + last);
        }
        return new AvailabilityException(adviser, first, null, last, null, reason);
    }

    /** Away between two wall-clock times, e.g. from 12:00 on one day until 10:00 two days later. */
    public static AvailabilityException between(Adviser adviser, LocalDateTime from, LocalDateTime until,
                                                Reason reason) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("an absence ends after it starts: " + from + ".." + until);
        }
        return new AvailabilityException(adviser, from.toLocalDate(), from.toLocalTime(), until.toLocalDate(),
                until.toLocalTime(), reason);
    }

    public LocalDate fromDay() {
        return fromDay;
    }

    public LocalDate untilDay() {
        return untilDay;
    }

    public Adviser adviser() {
        return adviser;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The absence as instants. A boundary in the hour the clocks skip moves forward by the gap; one in the repeated
     * hour means its first occurrence. Either way no slot in the absence is left over.
     */
    public TimeWindow window(ZoneId zone) {
        LocalDateTime from = fromDay.atTime(fromTime == null ? LocalTime.MIDNIGHT : fromTime);
        LocalDateTime until = untilTime == null ? untilDay.plusDays(1).atStartOfDay() : untilDay.atTime(untilTime);
        return new TimeWindow(from.atZone(zone).toInstant(), until.atZone(zone).toInstant());
    }

    public Long id() {
        return id;
    }
}
