package dk.helhed.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day the plan's offices are closed although it is no public holiday, with why (shown to the staff). */
@Entity
@Table(name = "closed_day")
@NamedQuery(name = ClosedDay.ALL, query = "select d from ClosedDay d order by d.day")
public class ClosedDay {
    public static final String ALL = "ClosedDay.all";
    public static final int REASON_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "closed_on")
    private LocalDate day;
    private String reason;

    protected ClosedDay() {
    }

    public ClosedDay(LocalDate day, String reason) {
        this.day = day;
        this.reason = reason;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }
}
