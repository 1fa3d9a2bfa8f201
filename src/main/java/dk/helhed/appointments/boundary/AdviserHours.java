package dk.helhed.appointments.boundary;

import dk.helhed.appointments.control.SlotGeneration;
import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Person;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coordinators set advisers' weekly hours and absences; slots follow at once (new hours make slots, an absence
 * withdraws the free slots it covers). Every problem with the request is reported at once, field by field.
 */
@ApplicationScoped
@Transactional
public class AdviserHours {
    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    @Inject
    SlotGeneration slots;

    @Inject
    TimeSource time;

    /** Weekly hours as a coordinator sends them; {@code day} is MONDAY..SUNDAY, times HH:mm, dates YYYY-MM-DD. */
    public record WeeklyHours(String place, String day, String from, String until, Integer slotMinutes,
                              String validFrom, String validUntil) {
    }

    /** An absence: whole days, both included; reason HOLIDAY, ILLNESS or OTHER (no details are kept). */
    public record Absence(String from, String until, String reason) {
    }

    /** A person who gives advice, in the languages they speak: answers the adviser's id. */
    public long addAdviser(Person person, List<SpokenLanguage> languages) {
        var adviser = new Adviser(person, languages);
        em.persist(adviser);
        em.flush();
        return adviser.id();
    }

    public List<Adviser> advisers() {
        return em.createQuery("select a from Adviser a join fetch a.person order by a.person.name", Adviser.class)
                .getResultList();
    }

    public Availability addWeeklyHours(long adviserId, WeeklyHours hours) {
        var adviser = adviser(adviserId);
        List<FieldProblem> problems = new ArrayList<>();
        Place place = plan.placeInUse(hours.place()).orElse(null);
        if (place == null) {
            problems.add(new FieldProblem("place", "field.place.unknown"));
        }
        DayOfWeek day = parse(problems, "day", hours.day(), d -> DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)),
                "field.day.invalid");
        LocalTime from = parse(problems, "from", hours.from(), LocalTime::parse, "field.time.invalid");
        LocalTime until = parse(problems, "until", hours.until(), LocalTime::parse, "field.time.invalid");
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add(new FieldProblem("until", "field.range.reversed"));
        }
        int minutes = hours.slotMinutes() == null ? 45 : hours.slotMinutes();
        if (minutes < 10 || minutes > 240) {
            problems.add(new FieldProblem("slotMinutes", "field.slot-minutes.invalid", 10, 240));
        }
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        LocalDate validFrom = hours.validFrom() == null ? today
                : parse(problems, "validFrom", hours.validFrom(), LocalDate::parse, "field.date.invalid");
        LocalDate validUntil = hours.validUntil() == null ? null
                : parse(problems, "validUntil", hours.validUntil(), LocalDate::parse, "field.date.invalid");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add(new FieldProblem("validUntil", "field.range.reversed"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var availability = new Availability(adviser, place, day, from, until, Duration.ofMinutes(minutes), validFrom,
                validUntil);
        em.persist(availability);
        em.flush();
        slots.extend();
        return availability;
    }

    public AvailabilityException addAbsence(long adviserId, Absence absence) {
        var adviser = adviser(adviserId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = parse(problems, "from", absence.from(), LocalDate::parse, "field.date.invalid");
        LocalDate until = parse(problems, "until", absence.until(), LocalDate::parse, "field.date.invalid");
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new FieldProblem("until", "field.range.reversed"));
        }
        var reason = parse(problems, "reason", absence.reason(),
                r -> AvailabilityException.Reason.valueOf(r.strip().toUpperCase(Locale.ROOT)), "field.reason.invalid");
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var exception = AvailabilityException.days(adviser, from, until, reason);
        em.persist(exception);
        em.flush();
        slots.extend();
        return exception;
    }

    private Adviser adviser(long id) {
        return Optional.ofNullable(em.find(Adviser.class, id)).orElseThrow(() -> Refusal.notFound("adviser.not-found"));
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(List<FieldProblem> problems, String field, String text, Parser<T> parser, String key) {
        try {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty");
            }
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }
}
