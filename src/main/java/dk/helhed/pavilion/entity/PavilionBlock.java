package dk.helhed.pavilion.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Organisation;
import dk.helhed.plan.entity.Place;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An opening block of the pavilion: every given weekday from a local time to another (wall-clock, so 14:00 stays
 * 14:00 across DST), valid from a day until a day (or open-ended), with the organisations whose staff should be
 * there. The generator turns it into one shift per occurrence and organisation, series {@link #seriesKey()}.
 */
@Entity
@Table(name = "pavilion_block")
@NamedQuery(name = PavilionBlock.ALL, query = "select b from PavilionBlock b order by b.dayOfWeek, b.startsAt, b.id")
@NamedQuery(name = PavilionBlock.ACTIVE, query = """
        select b from PavilionBlock b where b.validFrom <= :last and (b.validUntil is null or b.validUntil >= :first)
        and b.place.retiredAt is null order by b.id""")
public class PavilionBlock {
    public static final String ALL = "PavilionBlock.all";
    public static final String ACTIVE = "PavilionBlock.active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    private Place place;
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek dayOfWeek;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    @Column(name = "ends_at")
    private LocalTime endsAt;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @OneToMany(mappedBy = "block", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<BlockNeed> needs = new ArrayList<>();

    protected PavilionBlock() {
    }

    public PavilionBlock(Place place, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, LocalDate validFrom,
                         LocalDate validUntil, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw Refusal.invalid("end", "field.pavilion.end.before-start");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw Refusal.invalid("validUntil", "field.pavilion.until.before-from");
        }
        this.place = place;
        this.dayOfWeek = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.createdAt = now;
    }

    /** Staff of this organisation should be there, {@code people} of them. */
    public void need(Organisation organisation, int people) {
        if (people < 1) {
            throw Refusal.invalid("needs", "field.pavilion.people");
        }
        if (needs.stream().anyMatch(n -> n.organisation().code().equals(organisation.code()))) {
            throw Refusal.invalid("needs", "field.pavilion.need.twice");
        }
        needs.add(new BlockNeed(this, organisation, people));
    }

    /** Opens for the last time on this day (or goes on without end: null); refused before its first day. */
    public void lastDay(LocalDate until) {
        if (until != null && until.isBefore(validFrom)) {
            throw Refusal.invalid("validUntil", "field.pavilion.until.before-from");
        }
        validUntil = until;
    }

    /** The organisations whose staff should be there from now on, and how many of each (in this order). */
    public void needsNow(java.util.Map<Organisation, Integer> wanted) {
        if (wanted.isEmpty()) {
            throw Refusal.invalid("needs", "field.pavilion.needs");
        }
        for (var it = needs.iterator(); it.hasNext(); ) {
            var need = it.next();
            var people = wanted.entrySet().stream()
                    .filter(e -> e.getKey().code().equals(need.organisation().code())).map(java.util.Map.Entry::getValue)
                    .findFirst();
            if (people.isEmpty()) {
                it.remove();
            } else {
                if (people.get() < 1) {
                    throw Refusal.invalid("needs", "field.pavilion.people");
                }
                need.people(people.get());
            }
        }
        wanted.forEach((organisation, people) -> {
            if (needs.stream().noneMatch(n -> n.organisation().code().equals(organisation.code()))) {
                need(organisation, people);
            }
        });
    }

    /** Whether the block opens on this day (the right weekday, within its validity). */
    public boolean opensOn(LocalDate day) {
        return day.getDayOfWeek() == dayOfWeek && !day.isBefore(validFrom)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    public String seriesKey() {
        return "pavilion:" + id;
    }

    public Long id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public List<BlockNeed> needs() {
        return List.copyOf(needs);
    }
}
