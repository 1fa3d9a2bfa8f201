package dk.helhed.homework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A school holiday (efterårsferie, juleferie…): no homework help from its first day to its last, both included. */
@Entity
@Table(name = "school_holiday")
@NamedQuery(name = SchoolHoliday.ALL, query = "select h from SchoolHoliday h order by h.firstDay, h.id")
@NamedQuery(name = SchoolHoliday.OVERLAPPING, query = """
        select h from SchoolHoliday h where h.firstDay <= :last and h.lastDay >= :first order by h.firstDay""")
public class SchoolHoliday {
    public static final String ALL = "SchoolHoliday.all";
    public static final String OVERLAPPING = "SchoolHoliday.overlapping";
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SchoolHoliday() {
    }

    public SchoolHoliday(String name, LocalDate firstDay, LocalDate lastDay, Instant now) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a holiday ends after it begins: " + firstDay + " " + lastDay);
        }
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.createdAt = now;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }
}
