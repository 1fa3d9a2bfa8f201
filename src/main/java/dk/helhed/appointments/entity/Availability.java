package dk.helhed.appointments.entity;

import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeWindow;
import dk.helhed.time.WallClock;
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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An adviser's weekly hours at one place, e.g. Tuesdays 13:00-16:00 at the pavilion, cut into slots of a fixed
 * length. Slots keep their wall-clock time across daylight saving; a slot that would start in the hour the clocks
 * skip is left out, and one in the repeated hour starts at its first occurrence (see {@link WallClock}).
 */
@Entity
@Table(name = "availability")
@NamedQuery(name = Availability.ALL, query = "select a from Availability a where a.place.retiredAt is null")
public class Availability {
    public static final String ALL = "Availability.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private Adviser adviser;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    @Column(name = "day_of_week")
    private int dayOfWeek;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    @Column(name = "ends_at")
    private LocalTime endsAt;
    @Column(name = "slot_minutes")
    private int slotMinutes;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Availability() {
    }

    public Availability(Adviser adviser, Place place, DayOfWeek day, LocalTime startsAt, LocalTime endsAt,
                        Duration slotLength, LocalDate validFrom, LocalDate validUntil) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("hours end after they start: " + startsAt + "-" + endsAt);
        }
        if (slotLength.isNegative() || slotLength.isZero() || slotLength.toMinutes() > 8 * 60) {
            throw new IllegalArgumentException("a slot lasts between 1 minute and 8 hours: " + slotLength);
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid until " + validUntil + " is before " + validFrom);
        }
        this.adviser = adviser;
        this.place = place;
        this.dayOfWeek = day.getValue();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.slotMinutes = (int) slotLength.toMinutes();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Long id() {
        return id;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The hours end: this is their last day (never before their first; the caller removes hours not begun). */
    public void end(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("hours from " + validFrom + " cannot end on " + lastDay);
        }
        if (validUntil == null || lastDay.isBefore(validUntil)) {
            validUntil = lastDay;
        }
    }

    /** The last day of these hours; null while they go on. */
    public LocalDate validUntil() {
        return validUntil;
    }

    public Adviser adviser() {
        return adviser;
    }

    public Place place() {
        return place;
    }

    /** The slots on the days from {@code first} to {@code last}, both included. */
    public List<TimeWindow> slots(LocalDate first, LocalDate last, ZoneId zone) {
        List<TimeWindow> slots = new ArrayList<>();
        LocalDate from = first.isBefore(validFrom) ? validFrom : first;
        LocalDate to = validUntil != null && validUntil.isBefore(last) ? validUntil : last;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() != dayOfWeek) {
                continue;
            }
            int opens = startsAt.toSecondOfDay() / 60;
            int closes = endsAt.toSecondOfDay() / 60;
            for (int minute = opens; minute + slotMinutes <= closes; minute += slotMinutes) {
                WallClock.resolve(day, LocalTime.ofSecondOfDay(minute * 60L), zone).ifPresent(start -> slots.add(
                        new TimeWindow(start.toInstant(), start.toInstant().plus(Duration.ofMinutes(slotMinutes)))));
            }
        }
        return slots;
    }
}
